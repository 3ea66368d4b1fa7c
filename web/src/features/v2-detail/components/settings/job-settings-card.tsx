import { Badge, Card, Code, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { TrainingJobV2 } from '@console/shared';
import { ObsPathLink } from '../../../../components/obs-path-link.js';
import { searchPolicyView } from '../../search-policy.js';
import { SettingsBlock, SettingsTable } from './settings-block.js';
import { useTranslation } from '../../../../lib/i18n/use-translation.js';

type Channel = NonNullable<NonNullable<TrainingJobV2['algorithm']>['inputs']>[number];

const mono = (v: string | null | undefined) =>
  v ? (
    <Text ff="monospace" size="sm">
      {v}
    </Text>
  ) : (
    '—'
  );

function ChannelSource({ c }: { c: Channel }) {
  const { t } = useTranslation();
  const d = c.remote?.dataset;
  if (d)
    return (
      <Stack gap={0}>
        <Text size="sm">
          {t('Dataset {{id}}, version {{version}}', { id: d.id, version: d.version_id })}
        </Text>
        {d.obs_url && <ObsPathLink path={d.obs_url} />}
      </Stack>
    );
  return <ObsPathLink path={c.remote?.obs?.obs_url} />;
}

const channelRows = (list: readonly Channel[] | null | undefined) =>
  (list ?? []).map((c, i) => ({
    key: `${c.name}-${i}`,
    cells: [mono(c.name), <ChannelSource key="source" c={c} />, mono(c.local_dir)],
  }));

/** What the job was started with: hyperparameters, data in and out, environment, volumes, search. */
export function JobSettingsCard({ job }: { job: TrainingJobV2 }) {
  const { t } = useTranslation();
  const a = job.algorithm;
  const search = searchPolicyView(a?.policies?.auto_search);
  return (
    <Card withBorder radius="md" padding="md" component="section" aria-label={t('Job settings')}>
      <Title order={2} size="h4" mb="sm">
        {t('Settings')}
      </Title>
      <Stack gap="lg">
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <SettingsBlock title={t('Hyperparameters')} apiName="algorithm.parameters">
            <SettingsTable
              label={t('Hyperparameters')}
              head={[t('Name'), t('Value')]}
              rows={(a?.parameters ?? []).map((p, i) => ({
                key: `${p.name}-${i}`,
                cells: [mono(p.name), mono(p.value === undefined ? '' : String(p.value))],
              }))}
            />
          </SettingsBlock>
          <SettingsBlock title={t('Environment variables')} apiName="algorithm.environments">
            <SettingsTable
              label={t('Environment variables')}
              head={[t('Name'), t('Value')]}
              rows={Object.entries(a?.environments ?? {}).map(([k, v]) => ({
                key: k,
                cells: [mono(k), mono(v)],
              }))}
            />
          </SettingsBlock>
        </SimpleGrid>
        <SettingsBlock title={t('Input data')} apiName="algorithm.inputs">
          <SettingsTable
            label={t('Input data')}
            head={[t('Name'), t('Read from'), t('Folder in the container')]}
            rows={channelRows(a?.inputs)}
          />
        </SettingsBlock>
        <SettingsBlock title={t('Outputs')} apiName="algorithm.outputs">
          <SettingsTable
            label={t('Outputs')}
            head={[t('Name'), t('Written to (open the folder)'), t('Folder in the container')]}
            rows={channelRows(a?.outputs)}
          />
        </SettingsBlock>
        <SettingsBlock title={t('Volumes')} apiName="spec.volumes">
          <SettingsTable
            label={t('Volumes')}
            head={[t('NFS server path'), t('Mounted at'), t('Access')]}
            rows={(job.spec?.volumes ?? []).map((v, i) => ({
              key: String(i),
              cells: [
                mono(v.nfs?.nfs_server_path),
                mono(v.nfs?.local_path),
                v.nfs?.read_only ? t('Read only') : t('Read and write'),
              ],
            }))}
          />
        </SettingsBlock>
        {search && (
          <SettingsBlock title={t('Search policy')} apiName="algorithm.policies.auto_search">
            <Text size="sm">
              {t('Search algorithm:')} <b translate="no">{search.algorithm}</b>
            </Text>
            <Text size="sm">
              {t('Goal:')} <b>{search.reward}</b>
              {search.rewardRegex && (
                <>
                  {' '}
                  {t('read from log lines matching')} <Code>{search.rewardRegex}</Code>
                </>
              )}
            </Text>
            <SettingsTable
              label={t('Searched hyperparameters')}
              head={[t('Hyperparameter'), t('Searched over'), t('Values')]}
              rows={search.params.map((p, i) => ({
                key: `${p.name}-${i}`,
                cells: [
                  mono(p.name),
                  <Badge key="k" variant="light" tt="none">
                    {p.kind === 'Range' ? t('a range') : t('a list of values')}
                  </Badge>,
                  mono(p.values),
                ],
              }))}
            />
            {search.skip && (
              <Text size="sm">
                {t('Not passed to the script:')} <Code>{search.skip}</Code>
              </Text>
            )}
          </SettingsBlock>
        )}
      </Stack>
    </Card>
  );
}
