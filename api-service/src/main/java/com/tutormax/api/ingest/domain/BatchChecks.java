package com.tutormax.api.ingest.domain;

import com.tutormax.common.validation.FieldError;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Checks across the records of one request. */
public final class BatchChecks {

  private BatchChecks() {}

  /**
   * A record may appear once per request. A repeat is most likely a mistake in the sender's export,
   * and two versions of one record in a batch would leave it unclear which one counts; sending a
   * record again in a later request is fine (it is accepted and counted once).
   */
  public static List<ParsedRecord> flagRepeats(List<ParsedRecord> records, RecordKind kind) {
    Map<String, Integer> firstIndex = new HashMap<>();
    List<ParsedRecord> checked = new ArrayList<>(records.size());
    for (int i = 0; i < records.size(); i++) {
      ParsedRecord record = records.get(i);
      Integer first = record.id() == null ? null : firstIndex.putIfAbsent(record.id(), i);
      checked.add(
          first == null
              ? record
              : record.withErrors(
                  List.of(
                      new FieldError(
                          kind.idField(),
                          "repeats the record at index " + first + " of this batch"))));
    }
    return checked;
  }
}
