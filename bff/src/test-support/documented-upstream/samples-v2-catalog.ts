/**
 * Documented response samples, copied verbatim from the API pages under
 * shared/reference/modelarts-api/ (the first "Sample Response" block of each page). Served as
 * text, so numbers stay exactly as printed (e.g. aom-log's 19-digit `start_line`).
 */

/** training_management/obtaining_the_events_of_a_training_job.rst */
export const V2_JOB_EVENTS = String.raw`{
  "total" : 27,
  "limit" : 10,
  "offset" : 0,
  "order" : "desc",
  "start_time" : "2022-11-26T16:01:36+08:00",
  "end_time" : "2022-11-29T16:53:11+08:00",
  "events" : [ {
    "time" : "2022-11-26T16:03:41+08:00",
    "level" : "Error",
    "message" : "Training job failed.",
    "source" : "Job"
  }, {
    "time" : "2022-11-26T16:03:16+08:00",
    "level" : "Info",
    "message" : "[Job: modelarts-job-5bd61eea-9de2-4864-a0f7-5fae966171b5] ExecuteAction: Start to execute action TerminateJob",
    "source" : "K8S"
  }, {
    "time" : "2022-11-26T16:03:12+08:00",
    "level" : "Info",
    "message" : "[worker-0][time used: 0.296s] Upload training output(parameter name: train_url) finished.",
    "source" : "Task"
  }, {
    "time" : "2022-11-26T16:03:12+08:00",
    "level" : "Info",
    "message" : "[worker-0] Training output(parameter name: train_url) Uploading.",
    "source" : "Task"
  }, {
    "time" : "2022-11-26T16:03:11+08:00",
    "level" : "Info",
    "message" : "[worker-0] Training finished. Exit code 1.",
    "source" : "Task"
  }, {
    "time" : "2022-11-26T16:02:10+08:00",
    "level" : "Info",
    "message" : "[worker-0] training started.",
    "source" : "Task"
  }, {
    "time" : "2022-11-26T16:02:09+08:00",
    "level" : "Info",
    "message" : "Training job is running.",
    "source" : "Job"
  }, {
    "time" : "2022-11-26T16:02:06+08:00",
    "level" : "Info",
    "message" : "[Pod: modelarts-job-5bd61eea-9de2-4864-a0f7-5fae966171b5-worker-0] Started: Started container",
    "source" : "K8S"
  }, {
    "time" : "2022-11-26T16:02:06+08:00",
    "level" : "Info",
    "message" : "[Pod: modelarts-job-5bd61eea-9de2-4864-a0f7-5fae966171b5-worker-0] SuccessfulCreate: Created container",
    "source" : "K8S"
  }, {
    "time" : "2022-11-26T16:02:05+08:00",
    "level" : "Info",
    "message" : "[Pod: modelarts-job-5bd61eea-9de2-4864-a0f7-5fae966171b5-worker-0] Pulled: Successfully pulled image \"resource-path/modelarts-job-dev-image/modelarts-tool-container:1.0.0-5.3.1-b002.2\"",
    "source" : "K8s"
  } ]
}`;

/** training_management/obtaining_the_general_specifications_supported_by_a_training_job.rst */
export const V2_FLAVORS = String.raw`{
  "total_count" : 2,
  "flavors" : [ {
    "flavor_id" : "modelarts.vm.cpu.2u",
    "flavor_name" : "Computing CPU(2U) instance",
    "flavor_type" : "CPU",
    "billing" : {
      "code" : "modelarts.vm.cpu.2u",
      "unit_num" : 1
    },
    "flavor_info" : {
      "max_num" : 1,
      "cpu" : {
        "arch" : "x86",
        "core_num" : 2
      },
      "memory" : {
        "size" : 8,
        "unit" : "GB"
      },
      "disk" : {
        "size" : 50,
        "unit" : "GB"
      }
    }
  }, {
    "flavor_id" : "modelarts.vm.cpu.8u",
    "flavor_name" : "Computing CPU(8U) instance",
    "flavor_type" : "CPU",
    "billing" : {
      "code" : "modelarts.vm.cpu.8u",
      "unit_num" : 1
    },
    "flavor_info" : {
      "max_num" : 16,
      "cpu" : {
        "arch" : "x86",
        "core_num" : 8
      },
      "memory" : {
        "size" : 32,
        "unit" : "GB"
      },
      "disk" : {
        "size" : 50,
        "unit" : "GB"
      }
    }
  } ]
}`;

/** training_management/obtaining_the_preset_ai_frameworks_supported_by_a_training_job.rst */
export const V2_ENGINES = String.raw`{
  "total" : 20,
  "items" : [ {
    "engine_id" : "caffe-1.0.0-python2.7",
    "engine_name" : "Caffe",
    "engine_version" : "caffe-1.0.0-python2.7",
    "v1_compatible" : true,
    "run_user" : "",
    "image_info" : {
      "cpu_image_url" : "modelarts-job-dev-image/caffe1-cpu-cp27:1.0.0",
      "gpu_image_url" : "modelarts-job-dev-image/caffe1-gpu-cuda8-cp27:1.0.0",
      "image_version" : "3.1.0"
    }
  }, {
    "engine_id" : "horovod-cp36-tf-1.16.2",
    "engine_name" : "Horovod",
    "engine_version" : "0.16.2-TF-1.13.1-python3.6",
    "v1_compatible" : true,
    "run_user" : "",
    "image_info" : {
      "cpu_image_url" : "modelarts-job-dev-image/tensorflow-gpu-cuda10-cp36-horovod0162:1.13.1",
      "gpu_image_url" : "modelarts-job-dev-image/tensorflow-gpu-cuda10-cp36-horovod0162:1.13.1",
      "image_version" : "3.2.1"
    }
  }, {
    "engine_id" : "horovod_0.20.0-tensorflow_2.1.0-cuda_10.1-py_3.7-ubuntu_18.04-x86_64",
    "engine_name" : "Horovod",
    "engine_version" : "horovod_0.20.0-tensorflow_2.1.0-cuda_10.1-py_3.7-ubuntu_18.04-x86_64",
    "v1_compatible" : false,
    "run_user" : "1102",
    "image_info" : {
      "cpu_image_url" : "aip/horovod_tensorflow:train",
      "gpu_image_url" : "aip/horovod_tensorflow:train",
      "image_version" : "horovod_0.20.0-tensorflow_2.1.0-cuda_10.1-py_3.7-ubuntu_18.04-x86_64-20210912152543-1e0838d"
    }
  }, "......", {
    "engine_id" : "tensorflow_2.1.0-cuda_10.1-py_3.7-ubuntu_18.04-x86_64",
    "engine_name" : "TensorFlow",
    "engine_version" : "tensorflow_2.1.0-cuda_10.1-py_3.7-ubuntu_18.04-x86_64",
    "v1_compatible" : false,
    "run_user" : "1102",
    "image_info" : {
      "cpu_image_url" : "aip/tensorflow_2_1:train",
      "gpu_image_url" : "aip/tensorflow_2_1:train",
      "image_version" : "tensorflow_2.1.0-cuda_10.1-py_3.7-ubuntu_18.04-x86_64-20210912152543-1e0838d"
    }
  }, {
    "engine_id" : "xgboost-sklearn-python3.6",
    "engine_name" : "XGBoost-Sklearn",
    "engine_version" : "XGBoost-0.80-Sklearn-0.18.1-python3.6",
    "v1_compatible" : true,
    "run_user" : "",
    "image_info" : {
      "cpu_image_url" : "modelarts-job-dev-image/python-train-py36:secure",
      "gpu_image_url" : "",
      "image_version" : "2.0.10-20211101113705"
    }
  } ]
}`;
