import { Alert, Button, Group, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import type { Rate } from '../../../../../shared/sanctuary/schemas/rates.schema';
import type { SanctuaryCaseDetail } from '../../../../../shared/sanctuary/schemas/detail.schema';
import { RefusalReason } from '../../../../../shared/sanctuary/vocab.sanctuary';
import { call } from '../../../api/client';
import { FormError } from '../../../components/FormError';
import { notify } from '../../../components/notify';
import { labelOf, pounds, shortDate, todayLondon } from '../format';
import { StatusBadge } from '../StatusBadge';
import { useSubmit } from '../use-channel';
import { CouncilApprovalDialog, FitDialog, RefuseDialog, RequestDialog } from './MeasureDialogs';

type Measure = SanctuaryCaseDetail['measures'][number];
type Open = { kind: 'request' } | { kind: 'council' } | { kind: 'fit'; measure: Measure } | { kind: 'refuse'; measure: Measure } | null;

const STATUS = {
  requested: { label: 'Requested', color: 'blue' },
  approved: { label: 'Approved', color: 'yellow' },
  fitted: { label: 'Fitted', color: 'green' },
  refused: { label: 'Not fitted', color: 'gray' },
} as const;

function ApprovalCell({ m, detail }: { m: Measure; detail: SanctuaryCaseDetail }) {
  const approval = detail.approvals.find((a) => a.id === m.councilApprovalId);
  if (approval) return <Text size="sm">Council {approval.reference}, {shortDate(approval.approvedOn)}</Text>;
  if (m.status === 'refused') return <Text size="sm">—</Text>;
  if (m.needsCouncilApproval && m.status !== 'fitted') return <StatusBadge color="orange">Council approval needed</StatusBadge>;
  if (m.approvedOn) return <Text size="sm">Service, {shortDate(m.approvedOn)}</Text>;
  return <Text size="sm">Not yet (the service approves it)</Text>;
}

/**
 * The measures of a case: requested, approved (by the service, or by the council's written
 * approval when a measure is higher level or the case is over £100), fitted with its cost and the
 * instructions given, or not fitted with the reason. What stops a measure being fitted today is
 * shown beside it; the service checks the same rules when it is recorded.
 */
export function MeasuresPanel({ detail, rates, editable, onSaved }: { detail: SanctuaryCaseDetail; rates: Rate[]; editable: boolean; onSaved(): void }) {
  const [open, setOpen] = useState<Open>(null);
  const approve = useSubmit();
  const done = () => {
    setOpen(null);
    onSaved();
  };
  const outstanding = detail.measures.filter((m) => m.status === 'requested' || m.status === 'approved');
  const awaitingCouncil = outstanding.some((m) => m.needsCouncilApproval && m.councilApprovalId === null);
  const approveForService = async (m: Measure) => {
    const r = await approve.run(() => call('sanctuary.measures.approve', { measureIds: [m.id], approvedOn: todayLondon() }));
    if (r) {
      notify({ color: 'green', title: 'Approved', message: `${m.name} can now be fitted.` });
      onSaved();
    }
  };

  return (
    <Stack>
      <Alert color={detail.totals.overThreshold ? 'orange' : 'blue'} variant="light" title={`Measures on this case: ${pounds(detail.totals.casePence)}`}>
        {detail.totals.overThreshold
          ? 'Over £100: every measure not yet fitted needs the council’s written approval (date and reference) before it is fitted.'
          : 'Within £100: lower-level measures need only the service’s approval. Higher-level works always need the council’s written approval.'}{' '}
        Interventions: {detail.interventions.requested} requested, {detail.interventions.installed} installed (window locks count as one).
      </Alert>
      {editable && (
        <Group>
          <Button onClick={() => setOpen({ kind: 'request' })}>Request a measure</Button>
          {outstanding.length > 0 && (
            <Button variant={awaitingCouncil ? 'filled' : 'default'} onClick={() => setOpen({ kind: 'council' })}>
              Record the council’s approval…
            </Button>
          )}
        </Group>
      )}
      <FormError message={approve.error} title="Not approved" />
      <Table.ScrollContainer minWidth={960}>
        <Table striped aria-label="Measures" verticalSpacing="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Measure</Table.Th>
              <Table.Th scope="col">Cost</Table.Th>
              <Table.Th scope="col">Status</Table.Th>
              <Table.Th scope="col">Approval</Table.Th>
              {editable && <Table.Th scope="col">Actions</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {detail.measures.length === 0 && (
              <Table.Tr>
                <Table.Td colSpan={editable ? 5 : 4}>
                  <Text c="dimmed">No measures requested yet.</Text>
                </Table.Td>
              </Table.Tr>
            )}
            {detail.measures.map((m) => {
              const s = STATUS[m.status];
              const live = m.status === 'requested' || m.status === 'approved';
              return (
                <Table.Tr key={m.id}>
                  <Table.Td>
                    <Stack gap={2}>
                      <Group gap={6} wrap="nowrap" align="center">
                        <Text fw={600}>{m.name}</Text>
                        {m.level === 'higher' ? <StatusBadge color="orange">Higher level</StatusBadge> : <StatusBadge color="gray">Lower level</StatusBadge>}
                      </Group>
                      <Text size="xs" c="dimmed">
                        {m.quantity} {m.unit === 'each' ? '' : `${m.unit}${m.quantity === 1 ? '' : 's'} `}× {pounds(m.unitCostPence)}
                        {m.location ? ` · ${m.location}` : ''} · requested {shortDate(m.requestedOn)}
                      </Text>
                      {m.needsFireCheck && (
                        <Text size="xs" c="dimmed">
                          Needs the fire and rescue service’s check
                        </Text>
                      )}
                      {live &&
                        m.blockers.map((b) => (
                          <Text key={b.code} size="xs" className="wm-sanctuary-blocker">
                            <Text span inherit fw={700}>
                              Not yet:{' '}
                            </Text>
                            {b.message}
                          </Text>
                        ))}
                      {m.status === 'fitted' && m.instructions && (
                        <Text size="xs" c="dimmed">
                          Instructions given: {m.instructions}
                        </Text>
                      )}
                    </Stack>
                  </Table.Td>
                  <Table.Td>
                    {m.costPence !== null ? pounds(m.costPence) : pounds(m.estimatePence)}
                    <Text size="xs" c="dimmed">
                      {m.costPence !== null ? 'cost' : 'estimate'}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Stack gap={2}>
                      <StatusBadge color={s.color}>{s.label}</StatusBadge>
                      <Text size="xs" c="dimmed">
                        {m.status === 'fitted' ? `${shortDate(m.fittedOn)}${m.fittedBy ? `, ${m.fittedBy}` : ''}` : m.status === 'refused' ? `${shortDate(m.refusedOn)}: ${labelOf(RefusalReason.labels, m.refusalReason)}` : ''}
                      </Text>
                    </Stack>
                  </Table.Td>
                  <Table.Td>
                    <ApprovalCell m={m} detail={detail} />
                  </Table.Td>
                  {editable && (
                    <Table.Td>
                      {live && (
                        <Group gap={6} wrap="nowrap">
                          <Button size="xs" onClick={() => setOpen({ kind: 'fit', measure: m })} aria-label={`Fit ${m.name}`}>
                            Fit…
                          </Button>
                          {m.status === 'requested' && !m.needsCouncilApproval && (
                            <Button size="xs" variant="default" loading={approve.busy} onClick={() => void approveForService(m)} aria-label={`Approve ${m.name}`}>
                              Approve
                            </Button>
                          )}
                          <Button size="xs" variant="default" onClick={() => setOpen({ kind: 'refuse', measure: m })} aria-label={`${m.name} not fitted`}>
                            Not fitted…
                          </Button>
                        </Group>
                      )}
                    </Table.Td>
                  )}
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {open?.kind === 'request' && <RequestDialog caseId={detail.caseId} rates={rates} onClose={() => setOpen(null)} onSaved={done} />}
      {open?.kind === 'council' && <CouncilApprovalDialog caseId={detail.caseId} measures={detail.measures} onClose={() => setOpen(null)} onSaved={done} />}
      {open?.kind === 'fit' && <FitDialog measure={open.measure} onClose={() => setOpen(null)} onSaved={done} />}
      {open?.kind === 'refuse' && <RefuseDialog measure={open.measure} onClose={() => setOpen(null)} onSaved={done} />}
    </Stack>
  );
}
