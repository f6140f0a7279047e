import { NavLink, Stack, Text } from '@mantine/core';
import type { Role } from '../../../../shared/roles';
import { mayOpen, SECTIONS, type SectionDef, type SectionId } from '../sections';

function Item({ section, active, onOpen }: { section: SectionDef; active: boolean; onOpen(id: SectionId): void }) {
  return (
    <NavLink
      component="button"
      type="button"
      label={section.label}
      active={active}
      aria-current={active ? 'page' : undefined}
      aria-keyshortcuts={section.digit === undefined ? undefined : `Alt+${section.digit}`}
      rightSection={
        // On the filled (current) item the hint takes the item's own colour; grey would be unreadable.
        // Sections beyond the ten Alt+digit shortcuts have no hint (they are reached from the list).
        section.digit === undefined ? null : (
          <Text size="xs" c={active ? 'inherit' : 'dimmed'} aria-hidden="true">
            Alt+{section.digit}
          </Text>
        )
      }
      onClick={() => onOpen(section.id)}
      variant="filled"
    />
  );
}

/**
 * The section list. Sections the role may not open are left out (the screens check again, and
 * the router is the real control).
 */
export function Navigation({ role, current, onOpen }: { role: Role; current: SectionId; onOpen(id: SectionId): void }) {
  const visible = SECTIONS.filter((s) => mayOpen(s, role));
  const main = visible.filter((s) => s.group === 'main');
  const admin = visible.filter((s) => s.group === 'administration');
  const end = visible.filter((s) => s.group === 'end');
  return (
    <Stack component="nav" aria-label="Sections" gap={4}>
      {main.map((s) => (
        <Item key={s.id} section={s} active={s.id === current} onOpen={onOpen} />
      ))}
      {admin.length > 0 && (
        <>
          <Text size="sm" fw={700} c="dimmed" mt="md" mb={2} px="sm" id="wm-nav-admin">
            Administration
          </Text>
          <Stack gap={4} role="group" aria-labelledby="wm-nav-admin">
            {admin.map((s) => (
              <Item key={s.id} section={s} active={s.id === current} onOpen={onOpen} />
            ))}
          </Stack>
        </>
      )}
      {end.length > 0 && (
        <Stack gap={4} mt="md">
          {end.map((s) => (
            <Item key={s.id} section={s} active={s.id === current} onOpen={onOpen} />
          ))}
        </Stack>
      )}
    </Stack>
  );
}
