import { EMPTY_AUTO_SEARCH, type AutoSearchFormValues } from './auto-search-values.js';

/** Where the job's code comes from (catalog §4.1: exactly one algorithm source). */
export type AlgorithmSourceKind = 'algorithm' | 'subscription' | 'code' | 'image';
/** How a code + boot file job names its engine. */
export type EngineMode = 'preset' | 'name';
export type PoolKind = 'public' | 'dedicated';

export interface KeyValue {
  name: string;
  value: string;
}

export interface InputChannel {
  name: string;
  kind: 'obs' | 'dataset';
  obsUrl: string;
  datasetId: string;
  datasetVersionId: string;
  localDir: string;
}

export interface OutputChannel {
  name: string;
  obsUrl: string;
  localDir: string;
}

export interface NfsVolume {
  serverPath: string;
  localPath: string;
  readOnly: boolean;
}

/** Everything the v2 create form edits; `toCreateV2Request` turns it into the request body. */
export interface V2JobFormValues {
  name: string;
  description: string;
  source: AlgorithmSourceKind;
  algorithmId: string;
  subscriptionId: string;
  itemVersionId: string;
  codeDir: string;
  bootFile: string;
  engineMode: EngineMode;
  engineId: string;
  engineName: string;
  engineVersion: string;
  imageUrl: string;
  command: string;
  workingDir: string;
  localCodeDir: string;
  parameters: KeyValue[];
  inputs: InputChannel[];
  outputs: OutputChannel[];
  environments: KeyValue[];
  poolKind: PoolKind;
  flavorId: string;
  nodeCount: number;
  poolId: string;
  volumes: NfsVolume[];
  logExportPath: string;
  /** 0 = no auto stop. */
  autoStopHours: number;
  /** Hyperparameter search (`algorithm.policies.auto_search`); off by default. */
  autoSearch: AutoSearchFormValues;
}

export const EMPTY_V2_FORM: V2JobFormValues = {
  name: '',
  description: '',
  source: 'algorithm',
  algorithmId: '',
  subscriptionId: '',
  itemVersionId: '',
  codeDir: '',
  bootFile: '',
  engineMode: 'preset',
  engineId: '',
  engineName: '',
  engineVersion: '',
  imageUrl: '',
  command: '',
  workingDir: '',
  localCodeDir: '',
  parameters: [],
  inputs: [],
  outputs: [],
  environments: [],
  poolKind: 'public',
  flavorId: '',
  nodeCount: 1,
  poolId: '',
  volumes: [],
  logExportPath: '',
  autoStopHours: 0,
  autoSearch: EMPTY_AUTO_SEARCH,
};

export const newInput = (): InputChannel => ({
  name: '',
  kind: 'obs',
  obsUrl: '',
  datasetId: '',
  datasetVersionId: '',
  localDir: '',
});
export const newOutput = (): OutputChannel => ({ name: '', obsUrl: '', localDir: '' });
export const newVolume = (): NfsVolume => ({ serverPath: '', localPath: '', readOnly: false });
