import fs from 'node:fs';
import path from 'node:path';
import { ASSETS_DIR } from '../../../paths.js';
import { v2Errors } from '../v2-errors.js';

/** Shipped YAML templates: `assets/autosearch-yaml/<algorithm_type_en>/<algorithm_name>.yaml`. */
export const YAML_TEMPLATE_DIR = path.join(ASSETS_DIR, 'autosearch-yaml');

/** The page's template list (types and names in its order). */
export const YAML_TEMPLATES = [
  {
    algorithm_type_en: 'hpo',
    algorithm_type_zh: '超参搜索',
    algorithm_names: ['Anneal', 'Bayes', 'DragonFly', 'FixNorm', 'GridSearch', 'TPE'],
  },
  {
    algorithm_type_en: 'nas',
    algorithm_type_zh: '网络结构搜索',
    algorithm_names: ['AutoBSS', 'AutoEvo', 'AutoTopo', 'MBNAS'],
  },
  {
    algorithm_type_en: 'augment',
    algorithm_type_zh: '数据增强',
    algorithm_names: ['AdvAutoAugment', 'AutoAugment'],
  },
  {
    algorithm_type_en: 'compression',
    algorithm_type_zh: '模型压缩',
    algorithm_names: ['AutoCompress'],
  },
] as const;

export function yamlTemplateList() {
  return {
    yaml_templates: YAML_TEMPLATES.map((t) => ({ ...t, algorithm_names: [...t.algorithm_names] })),
  };
}

/** `{file_name, content}` of a listed template (type and name match case-insensitively); else 404. */
export function yamlTemplate(type: string, name: string): { file_name: string; content: string } {
  const group = YAML_TEMPLATES.find((t) => t.algorithm_type_en === type.toLowerCase());
  const canonical = group?.algorithm_names.find((n) => n.toLowerCase() === name.toLowerCase());
  if (!group || !canonical) throw v2Errors.templateNotFound(type, name);
  const file_name = `${canonical}.yaml`;
  const content = fs.readFileSync(
    path.join(YAML_TEMPLATE_DIR, group.algorithm_type_en, file_name),
    'utf8',
  );
  return { file_name, content };
}
