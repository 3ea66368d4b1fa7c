/**
 * Documented response samples, copied verbatim from the API pages under
 * shared/reference/modelarts-api/ (the first "Sample Response" block of each page). Served as
 * text, so numbers stay exactly as printed (e.g. aom-log's 19-digit `start_line`).
 */

/** training_management/querying_a_training_job_list.rst */
export const V2_JOB_SEARCH = String.raw`{
  "total" : 5059,
  "count" : 1,
  "limit" : 1,
  "offset" : 0,
  "sort_by" : "create_time",
  "order" : "desc",
  "group_by" : "",
  "workspace_id" : "0",
  "ai_project" : "default-ai-project",
  "items" : [ {
    "kind" : "job",
    "metadata" : {
      "id" : "3faf5c03-aaa1-4cbe-879d-24b05d997347",
      "name" : "trainjob--py14_mem06-byd-108",
      "description" : "",
      "create_time" : 1636447346315,
      "workspace_id" : "0",
      "user_name" : "ei_modelarts_q00357245_01"
    },
    "status" : {
      "phase" : "Abnormal",
      "secondary_phase" : "CreateFailed",
      "duration" : 0,
      "start_time" : 0,
      "node_count_metrics" : [ [ 1636447746000, 0 ], [ 1636447755000, 0 ], [ 1636447756000, 0 ] ],
      "tasks" : [ "worker-0" ]
    },
    "algorithm" : {
      "code_dir" : "obs://test-crq/economic_test/py_minist/",
      "boot_file" : "obs://test-crq/economic_test/py_minist/minist_common.py",
      "inputs" : [ {
        "name" : "data_url",
        "local_dir" : "/home/ma-user/modelarts/inputs/data_url_0",
        "remote" : {
          "obs" : {
            "obs_url" : "/test-crq/data/py_minist/"
          }
        }
      } ],
      "outputs" : [ {
        "name" : "train_url",
        "local_dir" : "/home/ma-user/modelarts/outputs/train_url_0",
        "remote" : {
          "obs" : {
            "obs_url" : "/test-crq/train_output/"
          }
        }
      } ],
      "engine" : {
        "engine_id" : "pytorch-cp36-1.4.0-v2",
        "engine_name" : "PyTorch",
        "engine_version" : "PyTorch-1.4.0-python3.6-v2"
      }
    },
    "spec" : {
      "resource" : {
        "policy" : "economic",
        "flavor_id" : "modelarts.vm.pnt1.large.eco",
        "flavor_name" : "Computing GPU(Pnt1) instance",
        "node_count" : 1,
        "flavor_detail" : {
          "flavor_type" : "GPU",
          "billing" : {
            "code" : "modelarts.vm.gpu.pnt1.eco",
            "unit_num" : 1
          },
          "flavor_info" : {
            "cpu" : {
              "arch" : "x86",
              "core_num" : 8
            },
            "gpu" : {
              "unit_num" : 1,
              "product_name" : "GP-Pnt1",
              "memory" : "8GB"
            },
            "memory" : {
              "size" : 64,
              "unit" : "GB"
            }
          }
        }
      }
    }
  } ]
}`;

/** training_management/querying_the_details_about_a_training_job.rst */
export const V2_JOB_DETAIL = String.raw`{
  "kind" : "job",
  "metadata" : {
    "id" : "3faf5c03-aaa1-4cbe-879d-24b05d997347",
    "name" : "trainjob--py14_mem06-108",
    "description" : "",
    "create_time" : 1636447346315,
    "workspace_id" : "0",
    "user_name" : ""
  },
  "status" : {
    "phase" : "Abnormal",
    "secondary_phase" : "CreateFailed",
    "duration" : 0,
    "start_time" : 0,
    "node_count_metrics" : [ [ 1636447746000, 0 ], [ 1636447755000, 0 ], [ 1636447756000, 0 ] ],
    "tasks" : [ "worker-0" ],
    "running_records" : [ {
      "start_at" : 1701327093,
      "end_at" : 1701322341,
      "start_type" : "init_or_rescheduled",
      "end_recover" : "job_reschedule",
      "end_reason" : "exit with 127",
      "end_related_task" : "worker-2",
      "end_recover_before_downgrade" : "npu_proc_restart"
    }, {
      "start_at" : 1701323345,
      "end_at" : 1701325432,
      "start_type" : "init_or_rescheduled",
      "end_reason" : "job completed"
    } ]
  },
  "algorithm" : {
    "code_dir" : "obs://test/economic_test/py_minist/",
    "boot_file" : "obs://test/economic_test/py_minist/minist_common.py",
    "inputs" : [ {
      "name" : "data_url",
      "local_dir" : "/home/ma-user/modelarts/inputs/data_url_0",
      "remote" : {
        "obs" : {
          "obs_url" : "/test/data/py_minist/"
        }
      }
    } ],
    "outputs" : [ {
      "name" : "train_url",
      "local_dir" : "/home/ma-user/modelarts/outputs/train_url_0",
      "remote" : {
        "obs" : {
          "obs_url" : "/test/train_output/"
        }
      }
    } ],
    "engine" : {
      "engine_id" : "pytorch-cp36-1.4.0-v2",
      "engine_name" : "PyTorch",
      "engine_version" : "PyTorch-1.4.0-python3.6-v2"
    }
  },
  "spec" : {
    "resource" : {
      "flavor_id" : "modelarts.vm.pnt1.large.eco",
      "node_count" : 1,
      "flavor_detail" : {
        "flavor_type" : "GPU",
        "billing" : {
          "code" : "modelarts.vm.gpu.pnt1.eco",
          "unit_num" : 1
        },
        "flavor_info" : {
          "cpu" : {
            "arch" : "x86",
            "core_num" : 8
          },
          "gpu" : {
            "unit_num" : 1,
            "memory" : "8GB"
          },
          "memory" : {
            "size" : 64,
            "unit" : "GB"
          }
        }
      }
    }
  }
}`;

/** training_management/querying_the_logs_of_a_specified_task_in_a_given_training_job_preview.rst */
export const V2_LOG_PREVIEW = String.raw`{
  "content" : "[Modelarts Service Log]collect and upload logs end at 2021-05-18-14:28:13\n[Modelarts Service Log]exiting..:\n [Modelarts Service Log]exiting...\n[Modelarts Service Log]exiting..:\n [Modelarts Service Log]exiting...\n[Modelarts Service Log]exit with :\n [Modelarts Service Log]exit with 0\n[Modelarts Service Log]exit with :\n [Modelarts Service Log]exit with 0\n[ModelArts Service Log][INFO][2021/05/18 14:28:14,207]:\n  output-handler finalizing due to: [training finished]\n[ModelArts Service Log][INFO][2021/05/18 14:28:14,207]:\n  output-handler finalized\n[Modelarts Service Log][sidecar] exiting at 2021-05-18-14:28:14\n[Modelarts Service Log][sidecar] wait python processes exit..:\n  [Modelarts Service Log][sidecar] wait python processes exit...\n[Modelarts Service Log][sidecar] exit with :\n  [Modelarts Service Log][sidecar] exit with 0",
  "current_size" : 126548,
  "full_size" : 5242880
}`;
