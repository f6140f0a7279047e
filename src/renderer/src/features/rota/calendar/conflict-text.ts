import type { Conflict } from '../../../../../shared/rota/schemas/resolved.schema';
import { initialsOf } from '../../../components/initials';

/** A server message about a person, with their name as initials in discreet mode. */
export function discreetText(message: string, name: string | undefined, discreet: boolean): string {
  if (!discreet || !name) return message;
  return message.split(name).join(initialsOf(name));
}

/** A conflict in words (the server's message names the person in full). */
export function conflictText(c: Conflict, name: string | undefined, discreet: boolean): string {
  return discreetText(c.message, name, discreet);
}
