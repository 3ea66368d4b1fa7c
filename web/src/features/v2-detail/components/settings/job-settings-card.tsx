import { Badge, Card, Code, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { TrainingJobV2 } from '@console/shared';
import { ObsPathLink } from '../../../../components/obs-path-link.js';
import { searchPolicyView } from '../../search-policy.js';
import { SettingsBlock, SettingsTable } from './settings-block.js';

type Channel = NonNullable<NonNullable<TrainingJobV2['algorithm']>['inputs']>[number];

const mono = (v: string | null | undefined) =>
  v ? (
    <Text ff="monospace" size="sm">
      {v}
    </Text>
  ) : (
    '—'
  );

function channelSource(c: Channel) {
  const d = c.remote?.dataset;
  if (d)
    return (
      <Stack gap={0}>
        <Text size="sm">
          Dataset {d.id}, version {d.version_id}
        </Text>
        {d.obs_url && <ObsPathLink path={d.obs_url} />}
      </Stack>
    );
  return <ObsPathLink path={c.remote?.obs?.obs_url} />;
}

const channelRows = (list: readonly Channel[] | null | undefined) =>
  (list ?? []).map((c, i) => ({
    key: `${c.name}-${i}`,
    cells: [mono(c.name), channelSource(c), mono(c.local_dir)],
  }));

/** What the job was started with: hyperparameters, data in and out, environment, volumes, search. */
export function JobSettingsCard({ job }: { job: TrainingJobV2 }) {
  const a = job.algorithm;
  const search = searchPolicyView(a?.policies?.auto_search);
  return (
    <Card withBorder radius="md" padding="md" component="section" aria-label="Job settings">
      <Title order={2} size="h4" mb="sm">
        Settings
      </Title>
      <Stack gap="lg">
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <SettingsBlock title="Hyperparameters" apiName="algorithm.parameters">
            <SettingsTable
              label="Hyperparameters"
              head={['Name', 'Value']}
              rows={(a?.parameters ?? []).map((p, i) => ({
                key: `${p.name}-${i}`,
                cells: [mono(p.name), mono(p.value === undefined ? '' : String(p.value))],
              }))}
            />
          </SettingsBlock>
          <SettingsBlock title="Environment variables" apiName="algorithm.environments">
            <SettingsTable
              label="Environment variables"
              head={['Name', 'Value']}
              rows={Object.entries(a?.environments ?? {}).map(([k, v]) => ({
                key: k,
                cells: [mono(k), mono(v)],
              }))}
            />
          </SettingsBlock>
        </SimpleGrid>
        <SettingsBlock title="Input data" apiName="algorithm.inputs">
          <SettingsTable
            label="Input data"
            head={['Name', 'Read from', 'Folder in the container']}
            rows={channelRows(a?.inputs)}
          />
        </SettingsBlock>
        <SettingsBlock title="Outputs" apiName="algorithm.outputs">
          <SettingsTable
            label="Outputs"
            head={['Name', 'Written to (open the folder)', 'Folder in the container']}
            rows={channelRows(a?.outputs)}
          />
        </SettingsBlock>
        <SettingsBlock title="Volumes" apiName="spec.volumes">
          <SettingsTable
            label="Volumes"
            head={['NFS server path', 'Mounted at', 'Access']}
            rows={(job.spec?.volumes ?? []).map((v, i) => ({
              key: String(i),
              cells: [
                mono(v.nfs?.nfs_server_path),
                mono(v.nfs?.local_path),
                v.nfs?.read_only ? 'Read only' : 'Read and write',
              ],
            }))}
          />
        </SettingsBlock>
        {search && (
          <SettingsBlock title="Search policy" apiName="algorithm.policies.auto_search">
            <Text size="sm">
              Search algorithm: <b>{search.algorithm}</b>
            </Text>
            <Text size="sm">
              Goal: <b>{search.reward}</b>
              {search.rewardRegex && (
                <>
                  {' '}
                  read from log lines matching <Code>{search.rewardRegex}</Code>
                </>
              )}
            </Text>
            <SettingsTable
              label="Searched hyperparameters"
              head={['Hyperparameter', 'Searched over', 'Values']}
              rows={search.params.map((p, i) => ({
                key: `${p.name}-${i}`,
                cells: [
                  mono(p.name),
                  <Badge key="k" variant="light" tt="none">
                    {p.kind === 'Range' ? 'a range' : 'a list of values'}
                  </Badge>,
                  mono(p.values),
                ],
              }))}
            />
            {search.skip && (
              <Text size="sm">
                Not passed to the script: <Code>{search.skip}</Code>
              </Text>
            )}
          </SettingsBlock>
        )}
      </Stack>
    </Card>
  );
}
