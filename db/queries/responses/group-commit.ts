/**
 * The queue in front of `submitBatch`: every submission made during one turn of the event loop
 * is stored by the same transaction, and each caller is answered after that shared commit.
 * Under load the batches grow by themselves: while one commit waits for the disk, the requests
 * arriving meanwhile pile up and are taken together by the next turn.
 */
import type { Submission, SubmissionOutcome } from '../../repositories';

interface Waiting {
  submission: Submission;
  resolve(outcome: SubmissionOutcome): void;
  reject(error: unknown): void;
}

/** Large enough to amortise the commit, small enough to keep one transaction short. */
export const MAX_GROUP = 512;

export class GroupCommit {
  private waiting: Waiting[] = [];
  private scheduled = false;

  constructor(
    private readonly commit: (submissions: readonly Submission[]) => Promise<SubmissionOutcome[]>,
    private readonly maxGroup = MAX_GROUP,
  ) {}

  accept(submission: Submission): Promise<SubmissionOutcome> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ submission, resolve, reject });
      if (!this.scheduled) {
        this.scheduled = true;
        // setImmediate runs after the poll phase: every request read in this turn is in the group.
        setImmediate(() => void this.drain());
      }
    });
  }

  private async drain(): Promise<void> {
    this.scheduled = false;
    while (this.waiting.length > 0) {
      const group = this.waiting.splice(0, this.maxGroup);
      try {
        const outcomes = await this.commit(group.map((w) => w.submission));
        group.forEach((w, i) => w.resolve(outcomes[i]!));
      } catch (error) {
        for (const w of group) w.reject(error);
      }
    }
  }
}
