import type { DocumentedSample } from './sample-row.js';

const TM = 'training_management';

/**
 * Hyperparameter search of a job (catalog §4.15), sent against an auto-search job the test
 * creates first (`search-job`, searching `learning_rate` and `batch_size`, its trials PENDING
 * while the job is held in Creating). The pages' job and trial ids stand for that job and its
 * first trial; the image sample's parameter `batch_size` is sent as printed.
 */
export const V2_AUTOSEARCH_SAMPLES: DocumentedSample[] = [
  {
    page: `${TM}/querying_all_trials_using_hyperparameter_search.rst`,
    index: 1,
    method: 'get',
    path: '/v2/{project_id}/training-jobs/5b60a667-1438-4eb5-9705-85b860e623dc/autosearch-trials',
    fill: { 'training-jobs': 'search-job' },
    // items.data[0][4] is the first trial's trial_id (the trials table's fifth column)
    saves: { trial: 'items.data.0.4' },
  },
  {
    // The page prints `https://endpoint//v2/…` (a doubled slash after the host, a typo of the
    // page): the row sends the path with one slash, as every other page prints it.
    page: `${TM}/querying_information_about_a_trial_using_hyperparameter_search.rst`,
    index: 1,
    method: 'get',
    path: '/v2/{project_id}/training-jobs/5b60a667-1438-4eb5-9705-85b860e623dc/autosearch-trials/ae544174',
    fill: { 'training-jobs': 'search-job', 'autosearch-trials': 'trial' },
  },
  {
    page: `${TM}/obtaining_the_hyperparameter_sensitivity_analysis_result.rst`,
    index: 1,
    method: 'get',
    path: '/v2/{project_id}/training-jobs/04f679b17380d32a2f32c00335c4b5ba/autosearch-parameter-analysis',
    fill: { 'training-jobs': 'search-job' },
  },
  {
    page: `${TM}/obtaining_the_path_for_storing_a_hyperparameter_sensitivity_analysis_image.rst`,
    index: 1,
    method: 'get',
    path: '/v2/{project_id}/training-jobs/e346206c-6fde-4c33-9dcd-55be17858ceb/autosearch-parameter-analysis/batch_size',
    fill: { 'training-jobs': 'search-job' },
  },
  {
    // Last: it ends the trial (a PENDING trial stopped early ends TERMINATED at once).
    page: `${TM}/early_stopping_a_trial_of_an_auto_search_job.rst`,
    index: 1,
    method: 'post',
    path: '/v2/{project_id}/training-jobs/e346206c-6fde-4c33-9dcd-55be17858ceb/autosearch-trial-earlystop/50093e6c',
    fill: { 'training-jobs': 'search-job', 'autosearch-trial-earlystop': 'trial' },
  },
];
