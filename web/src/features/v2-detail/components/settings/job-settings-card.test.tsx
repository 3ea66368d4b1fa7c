import { TrainingJobV2Schema } from '@console/shared';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderRoute } from '../../../../test/render.js';
import { JobSettingsCard } from './job-settings-card.js';

const JOB = TrainingJobV2Schema.parse({
  metadata: { id: 'j1', name: 'search_job' },
  status: { phase: 'Completed' },
  algorithm: {
    code_dir: '/bucket/code/',
    boot_file: '/bucket/code/train.py',
    parameters: [{ name: 'epochs', value: '3' }],
    environments: [{ NCCL_DEBUG: 'INFO' }],
    inputs: [
      { name: 'data_url', local_dir: '/cache/data', remote: { obs: { obs_url: '/bucket/data/' } } },
      {
        name: 'images',
        remote: { dataset: { id: 'ds1', version_id: 'v3', obs_url: '/datasets/ds1/v3/' } },
      },
    ],
    outputs: [{ name: 'train_url', remote: { obs: { obs_url: 'obs://bucket/out/' } } }],
    policies: {
      auto_search: {
        search_params: [
          { name: 'lr', param_type: 'continuous', lower_bound: '0.01', upper_bound: '0.1' },
        ],
        reward_attrs: [{ name: 'acc', mode: 'max' }],
      },
    },
  },
  spec: {
    volumes: [
      { nfs: { nfs_server_path: '10.0.0.8:/share', local_path: '/mnt/share', read_only: true } },
    ],
  },
});

describe('JobSettingsCard', () => {
  it('shows hyperparameters, environment, data in and out with OBS links, volumes and search', async () => {
    renderRoute(<JobSettingsCard job={JOB} />);
    const params = await screen.findByRole('table', { name: 'Hyperparameters' });
    expect(within(params).getByText('epochs')).toBeInTheDocument();
    expect(within(params).getByText('3')).toBeInTheDocument();
    const env = screen.getByRole('table', { name: 'Environment variables' });
    expect(within(env).getByText('NCCL_DEBUG')).toBeInTheDocument();

    const inputs = screen.getByRole('table', { name: 'Input data' });
    expect(within(inputs).getByRole('link', { name: '/bucket/data/' })).toHaveAttribute(
      'href',
      '/obs?path=%2Fbucket%2Fdata%2F',
    );
    expect(within(inputs).getByText('Dataset ds1, version v3')).toBeInTheDocument();
    expect(within(inputs).getByText('/cache/data')).toBeInTheDocument();
    const outputs = screen.getByRole('table', { name: 'Outputs' });
    expect(within(outputs).getByRole('link', { name: 'obs://bucket/out/' })).toHaveAttribute(
      'href',
      '/obs?path=%2Fbucket%2Fout%2F',
    );

    const volumes = screen.getByRole('table', { name: 'Volumes' });
    expect(within(volumes).getByText('10.0.0.8:/share')).toBeInTheDocument();
    expect(within(volumes).getByText('Read only')).toBeInTheDocument();

    const search = screen.getByRole('region', { name: 'Search policy' });
    expect(within(search).getByText('Maximise acc')).toBeInTheDocument();
    expect(within(search).getByText('0.01 to 0.1')).toBeInTheDocument();
    // the API names stay as hints
    expect(screen.getByText('algorithm.parameters')).toBeInTheDocument();
  });

  it('says None where the job has nothing and hides the search of a plain job', async () => {
    renderRoute(
      <JobSettingsCard
        job={TrainingJobV2Schema.parse({
          metadata: { id: 'j', name: 'j' },
          status: { phase: 'Running' },
        })}
      />,
    );
    expect(await screen.findAllByText('None')).toHaveLength(5);
    expect(screen.queryByRole('region', { name: 'Search policy' })).toBeNull();
  });
});
