package com.tutormax.scheduler.jobs.service;

import com.tutormax.scheduler.jobs.config.SchedulerProperties;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.integration.support.locks.DistributedLock;
import org.springframework.integration.support.locks.RenewableLockRegistry;

/**
 * Ticks the scheduler on the instance that holds the leader lock: a lock of Spring Integration's
 * {@code RedisLockRegistry} that expires {@code leaderLease} after its holder last renewed it. The
 * leader renews it on every tick; when it dies the lock expires and the next instance to try takes
 * over (within the lease plus one tick) and catches up per each job's policy. The lock only saves
 * work: what makes a run requested once is its unique id in the run table.
 */
public class LeaderTicker implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(LeaderTicker.class);
  static final String LEADER_KEY = "leader";

  private final RenewableLockRegistry<DistributedLock> locks;
  private final Scheduling scheduling;
  private final SchedulerProperties properties;
  private final String name;
  private final ScheduledExecutorService thread;
  private volatile boolean leader;
  private volatile boolean running;

  public LeaderTicker(
      RenewableLockRegistry<DistributedLock> locks,
      Scheduling scheduling,
      SchedulerProperties properties,
      String name) {
    this.locks = locks;
    this.scheduling = scheduling;
    this.properties = properties;
    this.name = name;
    // One thread: the lock is held (and renewed, released) by the thread that took it.
    this.thread =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "scheduler-" + name);
              t.setDaemon(true);
              return t;
            });
  }

  /** Whether this instance held the leader lock at its last tick. */
  public boolean isLeader() {
    return leader;
  }

  /**
   * One tick on the ticker's thread: takes or renews the leader lock and, as leader, requests the
   * due runs. Emits the ids requested; null when another instance leads.
   */
  public List<String> tickNow() {
    try {
      return thread.submit(this::tick).get(60, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("tick failed", e);
    }
  }

  private List<String> tick() {
    if (!lead()) {
      return null;
    }
    return scheduling.tick().block(Duration.ofSeconds(50));
  }

  private boolean lead() {
    DistributedLock lock = locks.obtain(LEADER_KEY);
    if (leader) {
      try {
        locks.renewLock(LEADER_KEY);
        return true;
      } catch (RuntimeException e) {
        log.warn("Scheduler {} lost the leader lock: {}", name, e.toString());
        leader = false;
        release(lock);
      }
    }
    try {
      leader = lock.tryLock();
    } catch (RuntimeException e) {
      log.warn("Scheduler {} could not reach the leader lock: {}", name, e.toString());
      leader = false;
    }
    if (leader) {
      log.info("Scheduler {} leads", name);
    }
    return leader;
  }

  private static void release(DistributedLock lock) {
    try {
      lock.unlock();
    } catch (RuntimeException ignored) {
      // expired or taken over: nothing of ours to release
    }
  }

  private void safeTick() {
    try {
      tick();
    } catch (RuntimeException e) {
      log.warn("Scheduler {} tick failed: {}", name, e.toString());
    }
  }

  @Override
  public void start() {
    running = true;
    if (properties.ticking()) {
      thread.scheduleWithFixedDelay(
          this::safeTick, 0, properties.tickInterval().toMillis(), TimeUnit.MILLISECONDS);
    }
  }

  /** Stops ticking and hands the lead over at once (the lock released, not left to expire). */
  @Override
  public void stop() {
    running = false;
    try {
      thread
          .submit(
              () -> {
                if (leader) {
                  leader = false;
                  release(locks.obtain(LEADER_KEY));
                }
              })
          .get(10, TimeUnit.SECONDS);
    } catch (Exception e) {
      log.warn("Scheduler {} did not release the leader lock: {}", name, e.toString());
    }
    thread.shutdownNow();
  }

  /** Dies without releasing the lock (a killed leader, for tests): the lock must expire. */
  public void crash() {
    running = false;
    thread.shutdownNow();
  }

  @Override
  public boolean isRunning() {
    return running;
  }
}
