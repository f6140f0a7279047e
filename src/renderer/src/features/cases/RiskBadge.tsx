import { Badge, type BadgeProps } from '@mantine/core';
import { riskColor, riskLabel } from './labels';

/**
 * A risk level as a badge. On the light (tinted) variant the text keeps the page's text colour:
 * Mantine's tinted orange on its orange tint is 3.6:1, below the 4.5:1 small text needs, and a
 * medium-risk badge must be readable by a tired worker at 3 a.m. as well as by axe.
 */
export function RiskBadge({ level, variant = 'light', ...rest }: { level: string | null } & Omit<BadgeProps, 'color' | 'children'>) {
  return (
    <Badge color={riskColor(level)} variant={variant} c={variant === 'light' ? 'var(--mantine-color-text)' : undefined} {...rest}>
      {riskLabel(level)}
    </Badge>
  );
}
