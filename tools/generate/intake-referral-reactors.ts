import type { RecordedEvent } from '@casetrail/event-sourcing';
import { IntakePoliceReferralReactor } from '@casetrail/enforcement-api';
import type { PersonReferredData } from '@casetrail/intake-contracts';
import type { CommandRunner } from '@casetrail/platform-commands';
import { IntakeProtectionReferralReactor } from '@casetrail/protection-api';
import type { InMemoryCommandRunner } from './in-memory-command-runner';

/**
 * The two reactors an intake referral reaches, as the generator runs them: enforcement's on a
 * referral to the police (the person becomes a victim of the case named, or of one opened for the
 * referral), protection's on one to social affairs or a partner (the protection case opened, or
 * the person's case referred on). Their own classes, on the platform's runner or on the
 * generator's in-memory one: both run a reactor's command the same way (`run(target, id, build,
 * context)`, the referral's id as causation), and a reactor calls nothing else of its runner. The
 * generator gives each referral once, so the at-most-once check the platform's runner adds is
 * never needed.
 */
export class IntakeReferralReactors {
  private readonly police: IntakePoliceReferralReactor;
  private readonly protection: IntakeProtectionReferralReactor;

  constructor(runner: CommandRunner, fast: InMemoryCommandRunner | undefined) {
    const commands = (fast ?? runner) as CommandRunner;
    this.police = new IntakePoliceReferralReactor(commands);
    this.protection = new IntakeProtectionReferralReactor(commands);
  }

  /** Their checkpoints (left at the head once every referral is handled). */
  get names(): string[] {
    return [this.police.name, this.protection.name];
  }

  async react(referred: RecordedEvent, data: PersonReferredData): Promise<void> {
    if (data.destination === 'police') await this.police.react(referred);
    else if (data.destination === 'social_affairs' || data.destination === 'partner_organisation') await this.protection.react(referred);
  }
}
