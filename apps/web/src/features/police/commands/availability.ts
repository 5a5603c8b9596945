import type { CaseState } from '../types';
import type { CommandName } from './CaseCommandDialogs';

/** Which commands the case's state allows (a hint for the buttons; the server still decides). */
export function availableCommands(state: CaseState): Record<CommandName, boolean> {
  const open = state.status === 'open';
  const suspects = Object.values(state.suspects);
  const victims = Object.values(state.victims);
  return {
    identifySuspect: open,
    arrest: open && suspects.some((s) => s.status !== 'arrested'),
    release: open && suspects.some((s) => s.status === 'arrested'),
    rescueVictim: open,
    handOver: open && victims.some((v) => v.handedOver === null),
    addOffence: open,
    forward: open && suspects.some((s) => s.status === 'arrested'),
    close: open && !suspects.some((s) => s.status === 'arrested'),
    reopen: state.status === 'closed',
  };
}

/** The order and the i18n key of each command's button. */
export const COMMAND_ORDER: CommandName[] = ['identifySuspect', 'arrest', 'release', 'rescueVictim', 'handOver', 'addOffence', 'forward', 'close', 'reopen'];
