import { Box, Container, Paper, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef, type ReactNode } from 'react';

/**
 * The frame for screens shown before anyone is signed in (set-up, sign-in, recovery, forced
 * password change): the product name, a heading that takes the focus, and a card.
 */
export function AuthFrame({
  title,
  intro,
  children,
  width = 480,
  aside,
  focusHeading = true,
}: {
  title: string;
  intro?: ReactNode;
  children: ReactNode;
  width?: number;
  aside?: ReactNode;
  /** False when the screen focuses its first field instead (sign-in). */
  focusHeading?: boolean;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  // Moving focus to the heading tells screen-reader users the screen changed.
  useEffect(() => {
    if (focusHeading) heading.current?.focus();
  }, [title, focusHeading]);
  return (
    <Box component="main" id="main-content" py={48} px="md" data-ready="true">
      <Container size={width} px={0}>
        <Stack gap="lg">
          <Stack gap={4}>
            <Text fw={700} size="lg" c="dimmed" aria-hidden="true">
              Waymark
            </Text>
            <Title order={1} ref={heading} tabIndex={-1} className="wm-focus-target">
              {title}
            </Title>
            {intro && <Text>{intro}</Text>}
          </Stack>
          <Paper withBorder shadow="sm" p="xl" radius="md">
            {children}
          </Paper>
          {aside}
        </Stack>
      </Container>
    </Box>
  );
}
