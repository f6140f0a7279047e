import { Text, type TextProps } from '@mantine/core';
import { useDiscreet } from './discreet';
import { initialsOf } from './initials';

/** Props for PersonName. */
export interface PersonNameProps extends TextProps {
  /** The full name (or username) as stored. */
  name: string;
}

/**
 * A person's name as every list must show it: in full normally, initials only in discreet mode.
 * The full name is not kept in a title or aria-label either, so nothing reveals it on hover or
 * to a screen reader read aloud in a room with visitors.
 */
export function PersonName({ name, ...textProps }: PersonNameProps) {
  const discreet = useDiscreet();
  return (
    <Text component="span" inherit {...textProps}>
      {discreet ? initialsOf(name) : name}
    </Text>
  );
}
