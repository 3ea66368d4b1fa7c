/**
 * Documented response samples, copied verbatim from the API pages under
 * shared/reference/modelarts-api/ (the first "Sample Response" block of each page). Served as
 * text, so numbers stay exactly as printed (e.g. aom-log's 19-digit `start_line`).
 */

/** historical_apis/training_management_old_version/training_jobs/obtaining_the_name_of_a_training_job_log_file.rst */
export const V1_LOG_FILE_NAMES = String.raw`{
    "is_success": true,
    "log_file_list": [
        "teseJob.0"
    ]
}`;

/** historical_apis/training_management_old_version/training_jobs/querying_training_job_logs.rst */
export const V1_AOM_LOG = String.raw`{
    "is_success": true,
    "start_line":1551252759254000002,
    "content": "Log string",
    "end_line": "1551252759254000003",
    "lines": "1"
}`;

/** historical_apis/training_management_old_version/resource_and_engine_specifications/querying_job_resource_specifications.rst */
export const V1_RESOURCE_SPECS = String.raw`{
    "specs": [

        {
            "spec_id": 2,
            "core": "2",
            "cpu": "8",
            "gpu_num": 0,
            "gpu_type": "",
            "spec_code": "modelarts.vm.cpu.2u",
            "unit_num": 1,
            "max_num": 2,
            "storage": "",
            "interface_type": 1,
            "no_resource": false
        }
    ],
    "is_success": true,
    "spec_total_count": 1
}`;

/** historical_apis/training_management_old_version/resource_and_engine_specifications/querying_job_engine_specifications.rst */
export const V1_AI_ENGINES = String.raw`{
    "is_success": true,
    "engines": [
        {
            "engine_type": 1,
            "engine_name": "TensorFlow",
            "engine_id": 1,
            "engine_version": "TF-1.4.0-python2.7"
        }
    ]
}`;

/** historical_apis/training_management_old_version/training_jobs/querying_a_built-in_algorithm.rst */
export const V1_BUILT_IN_ALGORITHMS = String.raw`{
    "models": [
        {
            "model_id": 4,
            "model_name": "ResNet_v2_50",
            "model_usage": 1,
            "model_precision": "75.55%(top1), 92.6%(top5)",
            "model_size": 102503801,
            "model_train_dataset": "ImageNet, 1,000 classes for image classification",
            "model_dataset_format": "shape: [H>=32, W>=32, C>=1]; type: int8",
            "model_description_url": "https://github.com/apache/incubator-mxnet/blob/master/example/image-classification/symbols/resnet.py",
            "parameter": "[{\"label\":\"batch_size\",\"value\":\"4\",\"placeholder_cn\":\"Total number of training images updated each time\",\"placeholder_en\":\"\",\"required\":true},{\"label\":\"lr\",\"value\":\"0.0001\",\"placeholder_cn\":\"Learning rate\",\"placeholder_en\":\"\",\"required\":true},{\"label\":\"save_frequency\",\"value\":\"1\",\"placeholder_cn\":\"Interval for saving the model, indicating that the model is saved every N epochs\",\"placeholder_en\":\"\",\"required\":true},{\"label\":\"num_classes\",\"value\":\"\",\"placeholder_cn\":\"Total number of image classes in training\",\"placeholder_en\":\"\",\"required\":true},{\"label\":\"num_epoch\",\"value\":\"10\",\"placeholder_cn\":\"Number of training epochs\",\"placeholder_en\":\"\",\"required\":true}]",
            "create_time": 1522218780025,
            "engine_id": 501,
            "engine_name": "MXNet",
            "engine_version": "MXNet-1.2.1-python2.7"
        },
        {
            "model_id": 5,
            "model_name": "Faster_RCNN_ResNet_v2_101",
            "model_usage": 2,
            "model_precision": "80.05%(mAP)",
            "model_size": 190936449,
            "model_train_dataset": "PASCAL VOC2007, 20 classes for object detection",
            "model_dataset_format": "shape: [H, W, C==3]; type: int8",
            "model_description_url": "https://github.com/apache/incubator-mxnet/tree/master/example/rcnn",
            "parameter": "[{\"label\":\"lr\",\"value\":\"0.0001\",\"placeholder_cn\":\"Learning rate\",\"placeholder_en\":\"\",\"required\":true},{\"label\":\"eval_frequence\",\"value\":\"1\",\"placeholder_cn\":\"Frequency for validating the model. By default, validation is performed every epoch.\",\"placeholder_en\":\"\",\"required\":true},{\"label\":\"mom\",\"value\":\"0.9\",\"placeholder_cn\":\"Momentum of the training network\",\"placeholder_en\":\"\",\"required\":true},{\"label\":\"wd\",\"value\":\"0.0005\",\"placeholder_cn\":\"Weight decay coefficient\",\"placeholder_en\":\"\",\"required\":true},{\"label\":\"num_classes\",\"value\":\"\",\"placeholder_cn\":\"Total number of image classes in training. The value must plus 1 because there is a background class.\",\"placeholder_en\":\"\",\"required\":true}]",
            "create_time": 1525313224596,
            "engine_id": 501,
            "engine_name": "MXNet",
            "engine_version": "MXNet-1.2.1-python2.7"
        }
    ],
    "model_total_count": 41,
    "is_success": true
}`;

/** historical_apis/training_management_old_version/training_job_parameter_configuration/querying_a_list_of_training_job_configurations.rst */
// Not valid JSON on the page (`"engine_type": xxx,`); repaired minimally to `"engine_type": 1,`.
export const V1_CONFIG_LIST = String.raw`{
    "is_success": true,
    "config_total_count": 3,
    "configs": [
        {
            "config_name": "testConfig",
            "config_desc": "This is config",
            "create_time": 1524189990635,
            "engine_type": 1,
            "engine_name": "xxx",
            "engine_id": 1,
            "engine_version": "xxx",
            "user_image_url": "100.125.5.235:20202/jobmng/custom-cpu-base:1.0",
            "user_command": "bash -x /home/work/run_train.sh python /home/work/user-job-dir/app/mnist/mnist_softmax.py --data_url /home/work/user-job-dir/app/mnist_data"
        }
    ]
}`;
