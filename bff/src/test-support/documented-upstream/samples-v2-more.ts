/**
 * Documented response samples, copied verbatim from the API pages under
 * shared/reference/modelarts-api/ (the first "Sample Response" block of each page). Served as
 * text, so numbers stay exactly as printed (e.g. aom-log's 19-digit `start_line`).
 */

/** training_management/querying_the_algorithm_list.rst */
export const V2_ALGORITHMS = String.raw`{
  "total" : 1,
  "count" : 1,
  "limit" : 1,
  "offset" : 0,
  "sort_by" : "create_time",
  "order" : "desc",
  "group_by" : "",
  "items" : [ {
    "metadata" : {
      "id" : "2e5451fe-913f-4492-821a-2981031382f7",
      "name" : "TestModelArtsalgorithm",
      "description" : "This is a ModelArts algorithm",
      "create_time" : 1636600721742,
      "workspace_id" : "0",
      "ai_project" : "default-ai-project",
      "user_name" : "",
      "domain_id" : "xxxxxxxxxxxxxxxxxxxxxxxxxx",
      "source" : "custom",
      "api_version" : "",
      "is_valid" : true,
      "state" : "",
      "size" : 4791,
      "tags" : null,
      "attr_list" : null,
      "version_num" : 0,
      "update_time" : 0
    },
    "job_config" : {
      "code_dir" : "/algo-test/pytorch/work1/code/",
      "boot_file" : "/algo-test/pytorch/work1/code/test-pytorch.py",
      "command" : "",
      "parameters" : [ {
        "name" : "test-parameter",
        "description" : "",
        "i18n_description" : null,
        "value" : "10",
        "constraint" : {
          "type" : "String",
          "editable" : true,
          "required" : false,
          "sensitive" : false,
          "valid_type" : "None",
          "valid_range" : [ ]
        }
      } ],
      "parameters_customization" : true,
      "inputs" : [ {
        "name" : "data_url",
        "description" : "name to translate"
      } ],
      "outputs" : [ {
        "name" : "train_url",
        "description" : "name to translate"
      } ],
      "engine" : {
        "engine_id" : "pytorch-cp36-1.3.0",
        "engine_name" : "PyTorch",
        "engine_version" : "PyTorch-1.3.0-python3.6"
      },
      "code_tree" : {
        "name" : "code/",
        "children" : [ {
          "name" : "test-pytorch.py"
        } ]
      }
    },
    "resource_requirements" : null,
    "advanced_config" : { }
  } ]
}`;

/** training_management/obtaining_supported_hyperparameter_search_algorithms.rst */
export const V2_SEARCH_ALGORITHMS = String.raw`{
  "search_algo_count" : 3,
  "search_algo_list" : [ {
    "name" : "bayes_opt_search",
    "params" : [ {
      "key" : "kind",
      "value" : "ucb",
      "type" : "String"
    }, {
      "key" : "kappa",
      "value" : "2.5",
      "type" : "Float"
    }, {
      "key" : "xi",
      "value" : "0.0",
      "type" : "Float"
    }, {
      "key" : "num_samples",
      "value" : "20",
      "type" : "Integer"
    }, {
      "key" : "seed",
      "value" : "1",
      "type" : "Integer"
    } ],
    "description" : "Hyperparameter search using Gaussian process."
  }, {
    "name" : "tpe_search",
    "params" : [ {
      "key" : "gamma",
      "value" : "0.25",
      "type" : "Float"
    }, {
      "key" : "n_initial_points",
      "value" : "20",
      "type" : "Integer"
    }, {
      "key" : "num_samples",
      "value" : "20",
      "type" : "Integer"
    }, {
      "key" : "seed",
      "value" : "1",
      "type" : "Integer"
    } ],
    "description" : "Hyperparameter search using the tree-structured Parzen estimator algorithm."
  }, {
    "name" : "anneal_search",
    "params" : [ {
      "key" : "avg_best_idx",
      "value" : "2.0",
      "type" : "Float"
    }, {
      "key" : "shrink_coef",
      "value" : "0.1",
      "type" : "Float"
    }, {
      "key" : "num_samples",
      "value" : "20",
      "type" : "Integer"
    }, {
      "key" : "seed",
      "value" : "1",
      "type" : "Integer"
    } ],
    "description" : "Hyperparameter search using simulated annealing algorithm."
  } ]
}`;

/** training_management/querying_the_running_metrics_of_a_specified_task_in_a_training_job.rst */
export const V2_TASK_METRICS = String.raw`{
  "metrics" : [ {
    "metric" : "cpuUsage",
    "value" : [ -1, -1, 2.43, 4.524, 6.714, 12.422, 9.214, 5.36, 7.5, 10.088, 8.975, 11.423, 11.548, 14.563, 16.833 ]
  }, {
    "metric" : "memUsage",
    "value" : [ -1, -1, 0.04, 0.521, 1.652, 4.252, 6.433, 7.384, 7.982, 8.718, 9.365, 9.881, 10.192, 9.994, 9.005 ]
  }, {
    "metric" : "gpuUtil",
    "value" : [ -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1 ]
  }, {
    "metric" : "gpuMemUsage",
    "value" : [ -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1 ]
  }, {
    "metric" : "npuUtil",
    "value" : [ -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1 ]
  }, {
    "metric" : "npuMemUsage",
    "value" : [ -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1 ]
  } ]
}`;
