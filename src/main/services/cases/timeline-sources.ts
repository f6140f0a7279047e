import { intakeTimeline } from './intake-timeline';
import { onCallTimeline } from '../rota/on-call-timeline';
import { sanctuaryTimeline } from '../sanctuary/sanctuary-timeline';
import { supportTimeline } from './support-timeline';
import type { TimelineSource } from './timeline';

/** Every source of case-timeline events. A feature that adds events adds its source here. */
export const TIMELINE_SOURCES: readonly TimelineSource[] = [intakeTimeline, supportTimeline, sanctuaryTimeline, onCallTimeline];
