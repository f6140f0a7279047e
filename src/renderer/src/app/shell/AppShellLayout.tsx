import { AppShell, Container } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useCallback, useRef, useState } from 'react';
import { DiscreetProvider } from '../../components/discreet';
import { CasesShellBridge } from '../../features/cases/CasesShellBridge';
import { mayOpen, SECTIONS, sectionForDigit, type SectionId } from '../sections';
import { useSession } from '../session';
import type { ShortcutAction } from '../shortcuts';
import { useActivityTouch } from '../use-activity-touch';
import { useShortcuts } from '../use-shortcuts';
import { HelpPanel } from './HelpPanel';
import { Navigation } from './Navigation';
import { NoAccess } from './NoAccess';
import { ShellHeader } from './ShellHeader';
import { SkipLink } from './SkipLink';

/**
 * The signed-in app: header, section navigation, the current section, the help panel, and the
 * global shortcuts. Which section is open is plain state here: nothing survives a lock.
 */
export function AppShellLayout() {
  const { session, idleLockMinutes, lock } = useSession();
  const [current, setCurrent] = useState<SectionId>('home');
  const [navOpened, nav] = useDisclosure(false);
  const [helpOpened, help] = useDisclosure(false);
  const main = useRef<HTMLElement>(null);

  useActivityTouch();

  const open = useCallback(
    (id: SectionId) => {
      setCurrent(id);
      nav.close();
    },
    [nav],
  );

  useShortcuts((action: ShortcutAction) => {
    if (action.kind === 'lock') void lock();
    else if (action.kind === 'help') help.open();
    else {
      const section = sectionForDigit(action.digit);
      if (section) {
        help.close();
        open(section.id);
      }
    }
  });

  const section = SECTIONS.find((s) => s.id === current) ?? SECTIONS[0]!;
  const allowed = mayOpen(section, session.role);

  return (
    <DiscreetProvider discreet={session.discreet}>
      <SkipLink target={main} />
      <AppShell header={{ height: 72 }} navbar={{ width: 260, breakpoint: 'sm', collapsed: { mobile: !navOpened } }} padding="lg">
        <AppShell.Header>
          <ShellHeader navOpened={navOpened} onToggleNav={nav.toggle} onHelp={help.open} onSettings={() => open('settings')} />
        </AppShell.Header>
        <AppShell.Navbar p="sm">
          <Navigation role={session.role} current={current} onOpen={open} />
        </AppShell.Navbar>
        <AppShell.Main ref={main} id="main-content" tabIndex={-1} data-ready="true">
          <Container size="xl" px={0}>
            {/* Keyed by section and role so a screen starts afresh, and a refused screen is never mounted. */}
            {allowed ? <section.Screen key={`${section.id}:${session.role}`} /> : <NoAccess section={section.label} role={session.role} />}
          </Container>
        </AppShell.Main>
      </AppShell>
      <CasesShellBridge onOpenCases={() => open('cases')} />
      <HelpPanel opened={helpOpened} onClose={help.close} role={session.role} idleLockMinutes={idleLockMinutes} />
    </DiscreetProvider>
  );
}
