/**
 * Documented response samples, copied verbatim from the API pages under
 * shared/reference/modelarts-api/ (the first "Sample Response" block of each page). Served as
 * text, so numbers stay exactly as printed (e.g. aom-log's 19-digit `start_line`).
 */

/** historical_apis/data_management_old_version/querying_the_dataset_list.rst */
export const DATASET_LIST = String.raw`{
  "total_number" : 1,
  "datasets" : [ {
    "dataset_id" : "gfghHSokody6AJigS5A",
    "dataset_name" : "dataset-f9e8",
    "dataset_type" : 0,
    "data_format" : "Default",
    "next_version_num" : 4,
    "status" : 1,
    "data_sources" : [ {
      "data_type" : 0,
      "data_path" : "/test-obs/classify/input/animals/"
    } ],
    "create_time" : 1605690595404,
    "update_time" : 1605690595404,
    "description" : "",
    "current_version_id" : "54IXbeJhfttGpL46lbv",
    "current_version_name" : "V003",
    "total_sample_count" : 10,
    "annotated_sample_count" : 10,
    "work_path" : "/test-obs/classify/output/",
    "inner_work_path" : "/test-obs/classify/output/dataset-f9e8-gfghHSokody6AJigS5A/",
    "inner_annotation_path" : "/test-obs/classify/output/dataset-f9e8-gfghHSokody6AJigS5A/annotation/",
    "inner_data_path" : "/test-obs/classify/output/dataset-f9e8-gfghHSokody6AJigS5A/data/",
    "inner_log_path" : "/test-obs/classify/output/dataset-f9e8-gfghHSokody6AJigS5A/logs/",
    "inner_temp_path" : "/test-obs/classify/output/dataset-f9e8-gfghHSokody6AJigS5A/temp/",
    "inner_task_path" : "/test-obs/classify/output/dataset-f9e8-gfghHSokody6AJigS5A/task/",
    "work_path_type" : 0,
    "workspace_id" : "0",
    "enterprise_project_id" : "0",
    "exist_running_task" : false,
    "exist_workforce_task" : false,
    "running_tasks_id" : [ ],
    "workforce_task_count" : 0,
    "feature_supports" : [ "0" ],
    "managed" : false,
    "import_data" : false,
    "label_task_count" : 1,
    "dataset_format" : 0,
    "content_labeling" : true,
    "samples" : [ {
      "url" : "https://test-obs.obs.xxx.com:443/classify/input/animals/15.jpg?AccessKeyId=vprCCTY1NmHudlvC0bXr&Expires=1606100112&Signature=tuUo9jl6lqoMKAwNBz5g8dxO%2FdE%3D",
      "create_time" : 1605690596035
    }, {
      "url" : "https://test-obs.obs.xxx.com:443/classify/input/animals/8.jpg?AccessKeyId=vprCCTY1NmHudlvC0bXr&Expires=1606100112&Signature=NITOdBnkUXtdnKuEgDzZpkQzNfM%3D",
      "create_time" : 1605690596046
    }, {
      "url" : "https://test-obs.obs.xxx.com:443/classify/input/animals/9.jpg?AccessKeyId=vprCCTY1NmHudlvC0bXr&Expires=1606100112&Signature=%2BwUo1BL38%2F2d7p7anPi4fNzm1VU%3D",
      "create_time" : 1605690596050
    }, {
      "url" : "https://test-obs.obs.xxx.com:443/classify/input/animals/7.jpg?AccessKeyId=vprCCTY1NmHudlvC0bXr&Expires=1606100112&Signature=tOrHfcWo%2FEJ0wRzfi1M5Wk2MrXg%3D",
      "create_time" : 1605690596043
    } ]
  } ]
}`;

/** historical_apis/data_management_old_version/querying_the_dataset_version_list.rst */
export const DATASET_VERSION_LIST = String.raw`{
  "total_number" : 3,
  "versions" : [ {
    "version_id" : "54IXbeJhfttGpL46lbv",
    "version_name" : "V003",
    "version_format" : "Default",
    "previous_version_id" : "eSOKEQaXhKzxN00WKoV",
    "status" : 1,
    "create_time" : 1605930512183,
    "total_sample_count" : 10,
    "annotated_sample_count" : 10,
    "total_sub_sample_count" : 0,
    "annotated_sub_sample_count" : 0,
    "manifest_path" : "/test-obs/classify/output/dataset-f9e8-gfghHSokody6AJigS5A/annotation/V003/V003.manifest",
    "data_path" : "/test-obs/classify/output/dataset-f9e8-gfghHSokody6AJigS5A/annotation/V003/data/",
    "is_current" : true,
    "analysis_status" : 3,
    "train_evaluate_sample_ratio" : "0.8",
    "remove_sample_usage" : false,
    "export_images" : false,
    "description" : "",
    "task_type" : 0,
    "extract_serial_number" : false
  }, {
    "version_id" : "eSOKEQaXhKzxN00WKoV",
    "version_name" : "V002",
    "version_format" : "Default",
    "previous_version_id" : "vlGvUqOcxxGPIB0ugeE",
    "status" : 1,
    "create_time" : 1605691027084,
    "total_sample_count" : 10,
    "annotated_sample_count" : 10,
    "total_sub_sample_count" : 0,
    "annotated_sub_sample_count" : 0,
    "manifest_path" : "/test-obs/classify/output/dataset-f9e8-gfghHSokody6AJigS5A/annotation/V002/V002.manifest",
    "data_path" : "/test-obs/classify/output/dataset-f9e8-gfghHSokody6AJigS5A/annotation/V002/data/",
    "is_current" : false,
    "analysis_status" : 3,
    "train_evaluate_sample_ratio" : "0.9999",
    "remove_sample_usage" : false,
    "export_images" : false,
    "description" : "",
    "task_type" : 0,
    "extract_serial_number" : false
  }, {
    "version_id" : "vlGvUqOcxxGPIB0ugeE",
    "version_name" : "V001",
    "version_format" : "Default",
    "status" : 1,
    "create_time" : 1605690687346,
    "total_sample_count" : 10,
    "annotated_sample_count" : 10,
    "total_sub_sample_count" : 0,
    "annotated_sub_sample_count" : 0,
    "manifest_path" : "/test-obs/classify/output/dataset-f9e8-gfghHSokody6AJigS5A/annotation/V001/V001.manifest",
    "data_path" : "/test-obs/classify/output/dataset-f9e8-gfghHSokody6AJigS5A/annotation/V001/data/",
    "is_current" : false,
    "analysis_status" : 3,
    "train_evaluate_sample_ratio" : "0.99",
    "remove_sample_usage" : false,
    "export_images" : false,
    "description" : "",
    "task_type" : 0,
    "extract_serial_number" : false
  } ]
}`;
