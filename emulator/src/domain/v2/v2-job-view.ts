import { findFlavor } from './v2-catalog.js';
import type { V2JobRecord } from '../../store/v2-types.js';

const seconds = (ms: number) => Math.floor(ms / 1000);

function flavorDetail(flavorId: string | undefined) {
  const f = flavorId ? findFlavor(flavorId) : undefined;
  if (!f) return {};
  return {
    flavor_name: f.flavor_name,
    flavor_detail: { flavor_type: f.flavor_type, billing: f.billing, flavor_info: f.flavor_info },
  };
}

function statusView(j: V2JobRecord, now: number) {
  const started = j.start_time > 0;
  return {
    phase: j.phase,
    secondary_phase: j.secondary_phase,
    duration: started ? (j.end_time ?? now) - j.start_time : 0,
    start_time: j.start_time,
    node_count_metrics: j.node_count_metrics.length > 0 ? j.node_count_metrics : null,
    tasks:
      j.tasks.length > 0
        ? j.tasks.map((t) => t.task)
        : Array.from({ length: j.spec.resource.node_count }, (_, i) => `worker-${i}`),
    task_statuses: j.tasks.map((t) => ({
      task: t.task,
      exit_code: t.exit_code ?? -1,
      message: t.message,
    })),
    running_records: j.running_records.map((r) => ({
      start_at: seconds(r.start_at),
      end_at: r.end_at !== undefined ? seconds(r.end_at) : 0,
      start_type: r.start_type,
      end_reason: r.end_reason ?? '',
      end_related_task: r.end_related_task ?? '',
      end_recover: '',
      end_recover_before_downgrade: '',
    })),
  };
}

/** The Job object (catalog §4.2) of a stored v2 job. */
export function jobView(j: V2JobRecord, now = Date.now()) {
  const a = j.algorithm;
  const logExport = j.spec.log_export_path?.obs_url
    ? {
        obs_url: j.spec.log_export_path.obs_url,
        ...(j.spec.log_export_path.host_path
          ? { host_path: j.spec.log_export_path.host_path }
          : {}),
      }
    : {};
  return {
    kind: j.kind,
    metadata: {
      id: j.id,
      name: j.name,
      description: j.description,
      create_time: j.create_time,
      workspace_id: j.workspace_id,
      ai_project: 'default-ai-project',
      user_name: j.user_name,
      annotations: { job_template: 'Template DL', key_task: 'worker', ...j.annotations },
    },
    status: statusView(j, now),
    algorithm: {
      ...(a.id ? { id: a.id, name: a.name ?? '' } : {}),
      ...(a.subscription_id
        ? {
            subscription_id: a.subscription_id,
            item_version_id: a.item_version_id,
            ...(a.name ? { name: a.name } : {}),
          }
        : {}),
      ...(a.code_dir ? { code_dir: a.code_dir } : {}),
      ...(a.boot_file ? { boot_file: a.boot_file } : {}),
      ...(a.command ? { command: a.command } : {}),
      parameters: a.parameters.map((p) => ({
        name: p.name,
        value: String(p.value),
        description: p.description ?? '',
        i18n_description: p.i18n_description ?? null,
        constraint: p.constraint ?? {
          type: 'String',
          editable: true,
          required: false,
          sensitive: false,
          valid_type: 'None',
          valid_range: [],
        },
      })),
      policies: a.policies,
      inputs: a.inputs.map((i) => ({
        ...i,
        local_dir: i.local_dir ?? `/home/ma-user/modelarts/inputs/${i.name}_0`,
        remote: i.remote.dataset
          ? {
              dataset: {
                ...i.remote.dataset,
                obs_url: `/modelarts-datasets/${i.remote.dataset.id}/${i.remote.dataset.version_id}/`,
              },
            }
          : i.remote,
      })),
      outputs: a.outputs.map((o) => ({
        ...o,
        local_dir: o.local_dir ?? `/home/ma-user/modelarts/outputs/${o.name}_0`,
        mode: o.mode ?? 'upload_periodically',
        period: o.period ?? '30s',
      })),
      engine: { ...a.engine, v1_compatible: false, run_user: '1000' },
      ...(a.local_code_dir ? { local_code_dir: a.local_code_dir } : {}),
      ...(a.working_dir ? { working_dir: a.working_dir } : {}),
      environments: a.environments,
      ...(a.autosearch_config_path ? { autosearch_config_path: a.autosearch_config_path } : {}),
      ...(a.autosearch_framework_path
        ? { autosearch_framework_path: a.autosearch_framework_path }
        : {}),
      ...(a.summary ? { summary: a.summary } : {}),
    },
    spec: {
      resource: {
        policy: 'regular',
        ...j.spec.resource,
        ...flavorDetail(j.spec.resource.flavor_id),
      },
      volumes: j.spec.volumes ?? [],
      log_export_path: logExport,
      ...(j.spec.auto_stop ? { auto_stop: j.spec.auto_stop } : {}),
      ...(j.spec.schedule_policy ? { schedule_policy: j.spec.schedule_policy } : {}),
      ...(j.spec.notification ? { notification: j.spec.notification } : {}),
      is_hosted_log: true,
    },
    ...(j.endpoints ? { endpoints: j.endpoints } : {}),
  };
}
