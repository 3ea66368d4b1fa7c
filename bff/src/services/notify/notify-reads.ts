import type { DiagnosisClient } from '../../clients/diagnosis-client.js';
import { splitContent, type ModelArtsLogClient } from '../../clients/modelarts-client.js';
import type { ModelArtsV2LogClient } from '../../clients/modelarts-v2-client.js';
import { getJson, type GetJsonOptions } from '../../clients/upstream-json.js';
import type { KeyRing } from '../../clients/upstream-auth.js';
import { v1VersionFacts, v2JobFacts, type JobFacts, type JobRef } from './job-facts.js';

/** The upstream reads a notification makes, with the credential of a session that can see the job. */
export interface NotifyReads {
  /** The job's status now (a v1 version detail §3.4, a v2 job detail §4.4). */
  facts(ref: JobRef, token: string): Promise<JobFacts>;
  /** The last `n` lines of its log (v1: the first worker's file; v2: the first task). */
  lastLines(ref: JobRef, token: string, n: number): Promise<string[]>;
}

export interface NotifyReadsDeps {
  endpoint: string;
  keys?: KeyRing;
  v1: ModelArtsLogClient;
  v2: ModelArtsV2LogClient;
  diagnosis: DiagnosisClient;
  timeoutMs?: number;
}

export function upstreamNotifyReads(d: NotifyReadsDeps): NotifyReads {
  const o: GetJsonOptions = { timeoutMs: d.timeoutMs ?? 15_000 };
  const enc = encodeURIComponent;
  return {
    async facts(ref, token) {
      const job = `${d.endpoint}/${ref.api}/${enc(ref.projectId)}/training-jobs/${enc(ref.jobId)}`;
      const url = ref.api === 'v1' ? `${job}/versions/${enc(ref.versionId ?? '')}` : job;
      const body = await getJson(url, token, { ...o, keys: d.keys });
      const facts =
        ref.api === 'v1'
          ? v1VersionFacts(ref.projectId, ref.jobId, body)
          : v2JobFacts(ref.projectId, body);
      if (!facts) throw new Error(`the ${ref.api} job detail could not be read`);
      return facts;
    },
    async lastLines(ref, token, n) {
      if (ref.api === 'v1') {
        const version = {
          projectId: ref.projectId,
          jobId: ref.jobId,
          versionId: ref.versionId ?? '',
        };
        const [logFile] = await d.diagnosis.logFiles(version, token);
        if (!logFile) return [];
        const page = await d.v1.readAomLog({ ...version, logFile }, token, { lines: n });
        return page.lines.slice(-n);
      }
      const job = { projectId: ref.projectId, jobId: ref.jobId };
      const status = await d.diagnosis.jobStatus(job, token);
      const taskId = status.tasks?.[0] ?? 'worker-0';
      const preview = await d.v2.preview({ ...job, taskId }, token);
      return splitContent(preview.content).slice(-n);
    },
  };
}
