package com.tutormax.generation.simulation.domain;

import com.tutormax.common.domain.SubjectFamily;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Every simulated student; new ones are created as tutors take on new pairs. */
final class StudentPool {

  private final List<SimStudent> students = new ArrayList<>();

  int size() {
    return students.size();
  }

  /**
   * A student for a new pair: often someone new to the platform, otherwise an existing student
   * trying another tutor. Returns the student and whether they are new (to be registered).
   */
  Pick pickForNewPair(SplittableRandom random, SubjectFamily family) {
    if (students.isEmpty() || Randoms.chance(random, 0.55)) {
      SimStudent student = create(random, family);
      return new Pick(student, true);
    }
    return new Pick(students.get(random.nextInt(students.size())), false);
  }

  private SimStudent create(SplittableRandom random, SubjectFamily family) {
    int age;
    if (family == SubjectFamily.TEST_PREP) {
      age =
          Randoms.chance(random, 0.7)
              ? Randoms.between(random, 15, 18)
              : Randoms.between(random, 19, 30);
    } else {
      int band = Randoms.weighted(random, new double[] {0.32, 0.55, 0.13});
      age =
          switch (band) {
            case 0 -> Randoms.between(random, 6, 12);
            case 1 -> Randoms.between(random, 13, 18);
            default -> Randoms.between(random, 19, 30);
          };
    }
    SimStudent student =
        new SimStudent(
            Ids.student(students.size() + 1), Names.person(random), age, SimStudent.gradeFor(age));
    students.add(student);
    return student;
  }

  record Pick(SimStudent student, boolean isNew) {}
}
