import type { ComponentType } from 'react';
import type { Channel } from '../../../shared/ipc/channels';
import { roleMayCall } from '../../../shared/ipc/permissions';
import type { Role } from '../../../shared/roles';
import { AllocationScreen } from '../features/allocation/AllocationScreen';
import { AuditScreen } from '../features/audit/AuditScreen';
import { BackupsScreen } from '../features/backups/BackupsScreen';
import { CasesScreen } from '../features/cases/CasesScreen';
import { HomeScreen } from '../features/home/HomeScreen';
import { ReportsScreen } from '../features/reports/ReportsScreen';
import { SanctuaryScreen } from '../features/sanctuary/SanctuaryScreen';
import { StaffRecordsScreen } from '../features/staff-records/StaffRecordsScreen';
import { RotaScreen } from '../features/rota/RotaScreen';
import { SettingsScreen } from '../features/settings/SettingsScreen';
import { SupportScreen } from '../features/support/SupportScreen';
import { UsersScreen } from '../features/users/UsersScreen';
import { ImportScreen } from '../features/import/ImportScreen';
import { RetentionScreen } from '../features/retention/RetentionScreen';

/** Every section of the app, by id. */
export type SectionId = 'home' | 'cases' | 'allocation' | 'rota' | 'reports' | 'support' | 'users' | 'audit' | 'backups' | 'settings' | 'sanctuary' | 'staff-records' | 'import' | 'retention';

/** One entry in the navigation. */
export interface SectionDef {
  id: SectionId;
  label: string;
  /** Where it sits in the navigation. */
  group: 'main' | 'administration' | 'end';
  /**
   * Alt+digit opens it. Optional: Alt+0…9 are all taken, so sections added later (sanctuary, staff
   * records; issue 9) have none until the shortcut scheme grows; the navigation and the help panel
   * should then show no hint for them.
   */
  digit?: number;
  /**
   * The channel the screen cannot work without. A role that may not call it does not see the
   * section, and gets "You don't have access to this" if it arrives by shortcut: the screen is
   * never mounted, so the channel is never called. (The router refuses it anyway.)
   */
  channel?: Channel;
  Screen: ComponentType;
}

/**
 * The sections in navigation order. Later issues replace the planned screens with real ones and
 * set their `channel`.
 */
export const SECTIONS: readonly SectionDef[] = [
  { id: 'home', label: 'Home', group: 'main', digit: 1, Screen: HomeScreen },
  {
    id: 'cases',
    label: 'Referrals & cases',
    group: 'main',
    digit: 2,
    channel: 'cases.list',
    Screen: CasesScreen,
  },
  {
    id: 'allocation',
    label: 'Allocation',
    group: 'main',
    digit: 3,
    channel: 'allocation.board',
    Screen: AllocationScreen,
  },
  {
    id: 'rota',
    label: 'Rota',
    group: 'main',
    digit: 4,
    channel: 'rota.resolve',
    Screen: RotaScreen,
  },
  {
    id: 'reports',
    label: 'Reports',
    group: 'main',
    digit: 5,
    channel: 'reports.run',
    Screen: ReportsScreen,
  },
  { id: 'support', label: 'Support & exits', group: 'main', digit: 9, channel: 'support.reviewsDue', Screen: SupportScreen },
  { id: 'sanctuary', label: 'Sanctuary scheme', group: 'main', channel: 'sanctuary.list', Screen: SanctuaryScreen },
  { id: 'users', label: 'Users', group: 'administration', digit: 6, channel: 'users.list', Screen: UsersScreen },
  { id: 'audit', label: 'Audit log', group: 'administration', digit: 7, channel: 'audit.list', Screen: AuditScreen },
  { id: 'staff-records', label: 'Staff records', group: 'administration', channel: 'staffRecords.matrix', Screen: StaffRecordsScreen },
  { id: 'backups', label: 'Backups', group: 'administration', digit: 0, channel: 'backup.list', Screen: BackupsScreen },
  { id: 'import', label: 'Import', group: 'administration', channel: 'import.preview', Screen: ImportScreen },
  { id: 'retention', label: 'Retention', group: 'administration', channel: 'retention.preview', Screen: RetentionScreen },
  { id: 'settings', label: 'Settings', group: 'end', digit: 8, Screen: SettingsScreen },
];

/** Whether a role may open a section. */
export function mayOpen(section: SectionDef, role: Role): boolean {
  return !section.channel || roleMayCall(section.channel, role);
}

/** The section for an Alt+digit shortcut. */
export function sectionForDigit(digit: number): SectionDef | undefined {
  return SECTIONS.find((s) => s.digit === digit);
}
