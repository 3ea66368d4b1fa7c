/**
 * Documented response samples, copied verbatim from the API pages under
 * shared/reference/modelarts-api/ (the first "Sample Response" block of each page). Served as
 * text, so numbers stay exactly as printed (e.g. aom-log's 19-digit `start_line`).
 */

/** historical_apis/training_management_old_version/training_jobs/querying_a_training_job_list.rst */
export const V1_JOB_LIST = String.raw`{
    "is_success": true,
    "quotas": 5,
    "job_total_count": 1,
    "job_count_limit": 3,
    "jobs": [
        {
            "job_id": 10,
            "job_name": "testModelArtsJob",
            "version_id": 10,
            "status": 10,
            "create_time": 1524189990635,
            "duration": 532003,
            "job_desc": "This is ModelArts job",
            "version_count": 5
        }
    ]
}`;

/** historical_apis/training_management_old_version/training_jobs/obtaining_training_job_versions.rst */
export const V1_VERSION_LIST = String.raw`{
    "is_success": true,
    "job_id": 10,
    "job_name": "testModelArtsJob",
    "job_desc": "testModelArtsJob desc",
    "version_count": 2,
    "versions": [
        {
            "version_id": 10,
            "version_name": "V0004",
            "pre_version_id": 5,
            "engine_type": 1,
            "engine_name": "TensorFlow",
            "engine_id": 1,
            "engine_version": "TF-1.4.0-python2.7",
            "status": 10,
            "app_url": "/usr/app/",
            "boot_file_url": "/usr/app/boot.py",
            "create_time": 1524189990635,
            "parameter": [
                {
                    "label": "learning_rate",
                    "value": 0.01
                }
            ],
            "duration": 532003,
            "spec_id": 1,
            "core": 2,
            "cpu": 8,
            "gpu": true,
            "gpu_num": 2,
            "gpu_type": "Pnt1",
            "worker_server_num": 1,
            "data_url": "/usr/data/",
            "train_url": "/usr/train/",
            "log_url": "/usr/log/",
            "dataset_version_id": "2ff0d6ba-c480-45ae-be41-09a8369bfc90",
            "dataset_id": "38277e62-9e59-48f4-8d89-c8cf41622c24",
            "data_source": [
                {
                    "type": "obs",
                    "data_url": "/qianjiajun-test/minst/data/"
                }
            ],
            "user_image_url": "100.125.5.235:20202/jobmng/custom-cpu-base:1.0",
            "user_command": "bash -x /home/work/run_train.sh python /home/work/user-job-dir/app/mnist/mnist_softmax.py --data_url /home/work/user-job-dir/app/mnist_data",
            "model_id": 1,
            "model_metric_list": "{\"metric\":[{\"metric_values\":{\"recall\":0.005833,\"precision\":0.000178,\"accuracy\":0.000937},\"reserved_data\":{},\"metric_meta\":{\"class_name\":0,\"class_id\":0}}],\"total_metric\":{\"total_metric_meta\":{},\"total_reserved_data\":{},\"total_metric_values\":{\"recall\":0.005833,\"id\":0,\"precision\":0.000178,\"accuracy\":0.000937}}}",
            "system_metric_list": "{\"cpuUsage\":[\"0\",\"3.10\",\"5.76\",\"0\",\"0\",\"0\",\"0\"],\"memUsage\":[\"0\",\"0.77\",\"2.09\",\"0\",\"0\",\"0\",\"0\"],\"gpuUtil\":[\"0\",\"0.25\",\"0.88\",\"0\",\"0\",\"0\",\"0\"],\"gpuMemUsage\":[\"0\",\"0.65\",\"6.01\",\"0\",\"0\",\"0\",\"0\"],\"diskReadRate\":[\"0\",\"91811.07\",\"38846.63\",\"0\",\"0\",\"0\",\"0\"],\"diskWriteRate\":[\"0\",\"2.23\",\"0.94\",\"0\",\"0\",\"0\",\"0\"],\"recvBytesRate\":[\"0\",\"5770405.50\",\"2980077.75\",\"0\",\"0\",\"0\",\"0\"],\"sendBytesRate\":[\"0\",\"12607.17\",\"10487410.00\",\"0\",\"0\",\"0\",\"0\"],\"interval\":1}",
            "dataset_name": "dataset-test",
            "dataset_version_name": "dataset-version-test",

            "start_time": 1563172362000,
            "volumes": [
                {
                    "nfs": {
                        "id": "43b37236-9afa-4855-8174-32254b9562e7",
                        "src_path": "192.168.8.150:/",
                        "dest_path": "/home/work/nas",
                        "read_only": false
                    }
                },
                {
                    "host_path": {
                        "src_path": "/root/work",
                        "dest_path": "/home/mind",
                        "read_only": false
                    }
                }
            ],
            "pool_id": "pool9928813f",
            "pool_name": "pnt1",
            "nas_mount_path": "/home/work/nas",
            "nas_share_addr": "192.168.8.150:/",
            "nas_type": "nfs"
        }
    ]
}`;

/** historical_apis/training_management_old_version/training_jobs/querying_the_details_about_a_training_job_version.rst */
// Not valid JSON on the page (`"engine_type": ,`); repaired minimally to `"engine_type": 1,`.
export const V1_VERSION_DETAIL = String.raw`{
    "is_success": true,
    "job_id": 10,
    "job_name": "TestModelArtsJob",
    "job_desc": "TestModelArtsJob desc",
    "version_id": 10,
    "version_name": "jobVersion",
    "pre_version_id": 5,
    "engine_type": 1,
    "engine_name": "TensorFlow",
    "engine_id": 1,
    "engine_version": "TF-1.4.0-python2.7",
    "status": 10,
    "app_url": "/usr/app/",
    "boot_file_url": "/usr/app/boot.py",
    "create_time": 1524189990635,
    "parameter": [
        {
            "label": "learning_rate",
            "value": 0.01
        }
    ],
    "duration": 532003,
    "spec_id": 1,
    "core": 2,
    "cpu": 8,
    "gpu_num": 2,
    "gpu_type": "Pnt1",
    "worker_server_num": 1,
    "data_url": "/usr/data/",
    "train_url": "/usr/train/",
    "log_url": "/usr/log/",
    "dataset_version_id": "2ff0d6ba-c480-45ae-be41-09a8369bfc90",
    "dataset_id": "38277e62-9e59-48f4-8d89-c8cf41622c24",
    "data_source": [
        {
            "type": "obs",
            "data_url": "/qianjiajun-test/minst/data/"
        }
    ],
    "user_image_url": "100.125.5.235:20202/jobmng/custom-cpu-base:1.0",
    "user_command": "bash -x /home/work/run_train.sh python /home/work/user-job-dir/app/mnist/mnist_softmax.py --data_url /home/work/user-job-dir/app/mnist_data",
    "model_id": 1,
    "model_metric_list": "{\"metric\":[{\"metric_values\":{\"recall\":0.005833,\"precision\":0.000178,\"accuracy\":0.000937},\"reserved_data\":{},\"metric_meta\":{\"class_name\":0,\"class_id\":0}}],\"total_metric\":{\"total_metric_meta\":{},\"total_reserved_data\":{},\"total_metric_values\":{\"recall\":0.005833,\"id\":0,\"precision\":0.000178,\"accuracy\":0.000937}}}",
    "system_metric_list": {
        "cpuUsage": [
            "0",
            "3.10",
            "5.76",
            "0",
            "0",
            "0",
            "0"
        ],
        "memUsage": [
            "0",
            "0.77",
            "2.09",
            "0",
            "0",
            "0",
            "0"
        ],
        "gpuUtil": [
            "0",
            "0.25",
            "0.88",
            "0",
            "0",
            "0",
            "0"
        ]
},
    "dataset_name": "dataset-test",
    "dataset_version_name": "dataset-version-test",
    "spec_code": "xxxxxxxx",
    "start_time": 1563172362000,
    "volumes": [
        {
            "nfs": {
                "id": "43b37236-9afa-4855-8174-32254b9562e7",
                "src_path": "192.168.8.150:/",
                "dest_path": "/home/work/nas",
                "read_only": false
            }
        },
        {
            "host_path": {
                "src_path": "/root/work",
                "dest_path": "/home/mind",
                "read_only": false
            }
        }
    ],
    "pool_id": "pool9928813f",
    "pool_name": "pnt1",
    "nas_mount_path": "/home/work/nas",
    "nas_share_addr": "192.168.8.150:/",
    "nas_type": "nfs"
}`;
