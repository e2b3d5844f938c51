"""Every page of the shared corpus (../shared/corpus beside the repository), checked against values read off the page
by hand; and each page's HTML rendering (tests/fixtures/html) parses to the same spec as its Markdown."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from codegen.ingest import read_document
from codegen.parse import parse_document
from codegen.spec.io import spec_to_dict
from codegen.spec.model import Action, ServiceSpec

HERE = Path(__file__).resolve().parent
CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
HTML = HERE / "fixtures" / "html"

pytestmark = pytest.mark.skipif(not CORPUS.is_dir(), reason=f"shared corpus not present at {CORPUS}")

# (name, type, array, required) for inputs; (name, type, array) for outputs.
In = tuple[str, str, bool, bool]
Out = tuple[str, str, bool]


@dataclass(frozen=True)
class Expected:
    """What a page says, read by hand. `service`/`version` are None where the page does not say them at all."""

    action: str
    service: str | None
    version: str | None
    inputs: tuple[In, ...]
    outputs: tuple[Out, ...]
    errors: int
    examples: int
    rate_limit: int | None
    legacy: bool = False


S, I, F, T = "String", "Integer", "Float", "Timestamp ISO8601"
REQUEST_ID: Out = ("RequestId", S, False)

EXPECTED: dict[str, Expected] = {
    "as-DescribeLaunchConfigurations-en.md": Expected(
        "DescribeLaunchConfigurations",
        "as",
        "2018-04-19",
        (
            ("LaunchConfigurationIds", S, True, False),  # `LaunchConfigurationIds.N`, Array of String
            ("Filters", "Filter", True, False),  # Array of [Filter](link)
            ("Limit", I, False, False),
            ("Offset", I, False, False),
        ),
        (("TotalCount", I, False), ("LaunchConfigurationSet", "LaunchConfiguration", True), REQUEST_ID),
        errors=5,
        examples=2,
        rate_limit=10,  # "10 times/second"
    ),
    "cam-AttachUserPolicy-en.md": Expected(
        "AttachUserPolicy",
        "cam",
        "2019-01-16",  # only in the Version row: "the version of this API: 2019-01-16"
        (("PolicyId", I, False, True), ("AttachUin", I, False, True)),
        (REQUEST_ID,),
        errors=9,
        examples=1,
        rate_limit=10,  # "10 requests/sec"
    ),
    "cvm-AllocateHosts-zh.md": Expected(
        "AllocateHosts",
        "cvm",  # no domain line: the example's URL https://cvm.tencentcloudapi.com/ names it
        "2017-03-12",
        (
            ("ClientToken", S, False, False),
            ("Placement", "Placement", False, True),
            ("HostChargePrepaid", "ChargePrepaid", False, False),
            ("HostChargeType", S, False, False),
            ("HostType", S, False, False),
            ("HostCount", I, False, False),
        ),
        (("HostIdSet", S, True), REQUEST_ID),
        errors=4,  # the error codes come before the examples on this page
        examples=1,  # '## 示例1 …' at the level of '## 5. 示例', with '### 请求参数' / '### 返回参数' under it
        rate_limit=None,  # not stated
    ),
    "es-DescribeInstances-zh.md": Expected(
        "DescribeInstances",
        "es",
        "2018-04-16",
        (
            ("Zone", S, False, False),
            ("InstanceIds", S, True, False),
            ("InstanceNames", S, True, False),
            ("Offset", I, False, False),
            ("Limit", I, False, False),
            ("OrderByKey", I, False, False),
            ("OrderByType", I, False, False),
        ),
        (("TotalCount", I, False), ("InstanceList", "InstanceInfo", True), REQUEST_ID),
        errors=2,
        examples=1,
        rate_limit=20,
    ),
    "kms-Decrypt-en.md": Expected(
        "Decrypt",
        "kms",
        "2019-01-18",  # "The version of this API: 2019-01-18"
        (("CiphertextBlob", S, False, True), ("EncryptionContext", S, False, False)),
        (("KeyId", S, False), ("Plaintext", S, False), REQUEST_ID),
        errors=6,
        examples=1,
        rate_limit=300,
    ),
    "live-DescribeLiveCert-en.md": Expected(
        "DescribeLiveCert",
        "live",
        "2018-08-01",
        (("CertId", I, False, True),),
        (("CertInfo", "CertInfo", False), REQUEST_ID),
        errors=10,
        examples=1,
        rate_limit=500,  # "A maximum of 500 requests can be initiated per second"
    ),
    "live-ModifyLivePlayAuthKey-zh.md": Expected(
        "ModifyLivePlayAuthKey",
        "live",
        "2018-08-01",
        (
            ("DomainName", S, False, True),
            ("Enable", I, False, False),
            ("AuthKey", S, False, False),
            ("AuthDelta", I, False, False),
            ("AuthBackKey", S, False, False),
        ),
        (REQUEST_ID,),
        errors=5,
        examples=1,
        rate_limit=100,
    ),
    "monitor-DeleteNamespace-legacy.md": Expected(
        "DeleteNamespace",
        "monitor",  # from its API 2.0 domain, monitor.api.qcloud.com
        None,
        (("namespace", S, False, True),),  # the Action row is a 系统规定参数 (its 来源 cell says so)
        (("code", I, False), ("message", S, False)),  # `Int`
        errors=3,
        examples=1,
        rate_limit=None,
        legacy=True,
    ),
    "monitor-GetMonitorData-zh.md": Expected(
        "GetMonitorData",
        "monitor",
        "2018-07-24",
        (
            ("Namespace", S, False, True),
            ("MetricName", S, False, True),
            ("Instances", "Instance", True, True),  # `Instances.N`, `Array of Instance` without a link
            ("Period", I, False, False),  # the required cell is '否\t'
            ("StartTime", T, False, False),
            ("EndTime", T, False, False),
        ),
        (
            ("Period", I, False),
            ("MetricName", S, False),
            ("DataPoints", "DataPoint", True),
            ("StartTime", T, False),
            ("EndTime", T, False),
            REQUEST_ID,
        ),
        errors=0,  # the page has no error-code section
        examples=1,
        rate_limit=20,  # "20次/秒" (the page also says "1200次/分钟")
    ),
    "vod-ConfirmEvents-en.md": Expected(
        "ConfirmEvents",
        "vod",
        "2018-07-17",  # "the version of this API: 2018-07-17"
        (("EventHandles", S, True, True), ("SubAppId", I, False, False)),
        (REQUEST_ID,),
        errors=3,
        examples=1,
        rate_limit=100,
    ),
    "vod-SimpleHlsClip-zh.md": Expected(
        "SimpleHlsClip",
        "vod",
        "2018-07-17",
        (("Url", S, False, True), ("StartTimeOffset", F, False, False), ("EndTimeOffset", F, False, False)),
        (("Url", S, False), ("MetaData", "MediaMetaData", False), REQUEST_ID),
        errors=1,
        examples=2,
        rate_limit=100,
    ),
    "vpc-DescribeVpcs-en.md": Expected(
        "DescribeVpcs",
        "vpc",
        "2017-03-12",
        (
            ("VpcIds", S, True, False),
            ("Filters", "Filter", True, False),  # link with a broken anchor: /document/api/215/##Filter
            ("Offset", S, False, False),  # the page says String
            ("Limit", S, False, False),
        ),
        (("TotalCount", I, False), ("VpcSet", "Vpc", True), REQUEST_ID),
        errors=3,  # error codes before the examples
        examples=1,
        rate_limit=100,
    ),
}


@dataclass(frozen=True)
class Read:
    """What a page of the second batch says, read by hand: the counts of its inputs and (top-level) outputs, and
    some of its fields as (section, name, type, array, required). `version` is "" where the page does not state it;
    legacy (API 2.0) pages name their service by their domain and have no API 3.0 endpoint."""

    action: str
    service: str
    version: str
    inputs: int
    outputs: int
    some: tuple[tuple[str, str, str, bool, bool], ...]
    errors: int
    examples: int
    rate_limit: int | None
    legacy: bool = False
    endpoint: str | None = None  # None: <service>.tencentcloudapi.com, or "" for a legacy page


def _in(name: str, type_: str, array: bool = False, required: bool = False) -> tuple[str, str, str, bool, bool]:
    return ("input", name, type_, array, required)


def _out(name: str, type_: str, array: bool = False) -> tuple[str, str, str, bool, bool]:
    return ("output", name, type_, array, False)


B, O = "Boolean", "Object"
RID = _out("RequestId", S)

READ: dict[str, Read] = {
    "account-AddProject-legacy-en.md": Read(
        "AddProject",
        "account",
        "",
        2,
        3,
        (_in("projectName", S, required=True), _in("projectDesc", S), _out("code", I), _out("projectId", I)),
        errors=0,
        examples=1,
        rate_limit=None,
        legacy=True,  # HTML tables inside the Markdown
    ),
    "as-CreateLifecycleHook-en.md": Read(
        "CreateLifecycleHook",
        "as",
        "2018-04-19",
        7,
        2,  # the prose says 'This API (CreateLifeCycleHook)'
        (
            _in("AutoScalingGroupId", S, required=True),
            _in("HeartbeatTimeout", I),
            _in("NotificationTarget", "NotificationTarget"),
            _out("LifecycleHookId", S),
        ),
        errors=7,
        examples=4,
        rate_limit=20,
    ),
    "as-DescribeAccountLimits-en.md": Read(
        "DescribeAccountLimits",
        "as",
        "2018-04-19",
        0,
        5,
        (_out("MaxNumberOfLaunchConfigurations", I), _out("NumberOfAutoScalingGroups", I), RID),
        errors=1,
        examples=1,
        rate_limit=None,
    ),
    "as-ModifyDesiredCapacity-en.md": Read(
        "ModifyDesiredCapacity",
        "as",
        "2018-04-19",
        2,
        1,
        (_in("AutoScalingGroupId", S, required=True), _in("DesiredCapacity", I, required=True), RID),
        errors=6,
        examples=1,
        rate_limit=None,
    ),
    "as-ModifyNotificationConfiguration-en.md": Read(
        "ModifyNotificationConfiguration",
        "as",
        "2018-04-19",
        3,
        1,
        (_in("AutoScalingNotificationId", S, required=True), _in("NotificationTypes", S, True), RID),
        errors=2,
        examples=1,
        rate_limit=20,
    ),
    "billing-DescribeBillDetail-en.md": Read(
        "DescribeBillDetail",
        "billing",
        "2018-07-09",
        10,
        3,
        (
            _in("Offset", I, required=True),
            _in("Month", S),  # the row starts with '||'
            _in("ResourceId", S),
            _out("DetailSet", "BillDetail", True),
            _out("TotalNum", I),
        ),
        errors=0,
        examples=1,
        rate_limit=5,
    ),
    "bm-DescribeOs-legacy-en.md": Read(
        "DescribeOs",
        "bm",
        "",
        1,
        3,
        (_in("deviceClass", S, required=True), _out("code", I), _out("message", S)),
        errors=1,
        examples=1,
        rate_limit=None,
        legacy=True,  # 'data' is described by the table after it
    ),
    "bmeip-EipAclBmUnBind-legacy.md": Read(
        "EipAclBmUnBind",
        "bmeip",
        "",
        3,
        3,  # '## 功能描述', the name only in 'EipAclBmUnBind 接口用于…'
        (_in("eipAcl", O, True, True), _in("eipAcl.eipId", S, required=True), _out("codeDesc", S)),
        errors=5,
        examples=2,
        rate_limit=None,
        legacy=True,  # a request/response template and '实际案例'
    ),
    "bmlb-DeleteBmForwardRules-legacy-en.md": Read(
        "DeleteBmForwardRules",
        "bmlb",
        "",
        4,
        4,
        (_in("locationIds", O, True, True), _out("requestId", I)),
        errors=8,
        examples=1,
        rate_limit=None,
        legacy=True,  # the error table is under a plain 'Module Error Codes'
    ),
    "cdb-GetCdbJobList-legacy-en.md": Read(
        "GetCdbJobList",
        "cdb",
        "",
        7,
        4,
        (_in("jobId", I), _in("taskTypeList", O, True), _in("StartTimeEnd", S), _out("codeDesc", S)),
        errors=9,
        examples=1,
        rate_limit=None,
        legacy=True,  # 'data is composed of the following parameters:'
    ),
    "cfs-DeleteCfsRule-legacy.md": Read(
        "DeleteCfsRule",
        "cfs",
        "",
        2,
        2,
        (_in("PGroupId", S, required=True), _in("RuleId", S, required=True), _out("RuleId", S)),
        errors=0,
        examples=1,
        rate_limit=None,
        legacy=True,
    ),
    "cis-CreateContainerInstance-en.md": Read(
        "CreateContainerInstance",
        "cis",
        "2018-04-08",
        6,
        2,
        (_in("Zone", S, required=True), _in("Containers", "Container", True, True), _out("InstanceId", S)),
        errors=2,
        examples=1,
        rate_limit=20,
    ),
    "cis-DescribeContainerInstances-en.md": Read(
        "DescribeContainerInstances",
        "cis",
        "2018-04-08",
        3,
        3,
        (
            _in("Filters", "Filter", True),
            _out("ContainerInstanceList", "ContainerInstance", True),
            _out("TotalCount", I),
        ),
        errors=2,
        examples=1,
        rate_limit=20,
    ),
    "cloudaudit-CreateAudit-legacy.md": Read(
        "CreateAudit",
        "cloudaudit",
        "",
        6,
        6,  # 'CreateAudit 用于创建云审计'
        (_in("IsMultiRegionAudit", F), _in("Name", S, required=True), _out("CmqTopicName", S)),  # 'Number'
        errors=0,
        examples=1,
        rate_limit=None,
        legacy=True,
    ),
    "csec-CaptchaCheck-legacy.md": Read(
        "CaptchaCheck",
        "csec",
        "",
        13,
        2,
        (_in("ticket", S, required=True), _in("captchaType", I, required=True), _in("businessId", I), _out("code", I)),
        errors=0,
        examples=0,
        rate_limit=None,
        legacy=True,  # the example is <p> lines, not code
    ),
    "csec-NS.BGPIP.ServicePack.GetTransRules-legacy.md": Read(
        "NS.BGPIP.ServicePack.GetTransRules",
        "csec",
        "",
        3,
        7,
        (_in("bgpId", S, required=True), _in("paging.index", I, required=True), _out("transRules", O, True)),
        errors=0,
        examples=0,
        rate_limit=None,
        legacy=True,  # required cells are '<font color=red> 必选 </font>'
    ),
    "cvm-DeleteImages-en.md": Read(
        "DeleteImages",
        "cvm",
        "2017-03-12",
        1,
        1,
        (_in("ImageIds", S, True, True), RID),
        errors=4,
        examples=1,
        rate_limit=10,
    ),
    "cvm-ModifyHostsAttribute-zh.md": Read(
        "ModifyHostsAttribute",
        "cvm",
        "2017-03-12",
        3,
        1,
        (_in("HostIds", S, True, True), _in("HostName", S), _in("RenewFlag", S), RID),
        errors=3,
        examples=1,
        rate_limit=None,
    ),
    "cvm-ModifyImageAttribute-en.md": Read(
        "ModifyImageAttribute",
        "cvm",
        "2017-03-12",
        3,
        1,
        (_in("ImageId", S, required=True), _in("ImageDescription", S)),
        errors=5,
        examples=1,
        rate_limit=10,
    ),
    "cynosdb-DescribeBackupDownloadUrl-zh.md": Read(
        "DescribeBackupDownloadUrl",
        "cynosdb",
        "2019-01-07",
        3,
        2,
        (
            _in("ClusterId", S, required=True),  # its '示例值：…' line wraps inside the row
            _in("BackupId", I, required=True),
            _in("DownloadRestriction", "BackupLimitRestriction"),
            _out("DownloadUrl", S),
        ),
        errors=4,
        examples=1,
        rate_limit=20,
    ),
    "cynosdb-DescribeTasks-zh.md": Read(
        "DescribeTasks",
        "cynosdb",
        "2019-01-07",
        5,
        3,
        (_in("StartTimeBegin", S), _in("Filters", "QueryFilter", True), _out("TaskList", "BizTaskInfo", True)),
        errors=5,
        examples=1,
        rate_limit=1000,
    ),
    "dts-DeleteMigrateJob-en.md": Read(
        "DeleteMigrateJob",
        "dts",
        "2018-03-30",
        1,
        1,
        (_in("JobId", S, required=True), RID),
        errors=6,
        examples=1,
        rate_limit=20,
    ),
    "dts-ModifyMigrateJob-en.md": Read(
        "ModifyMigrateJob",
        "dts",
        "2018-03-30",
        8,
        1,
        (
            _in("JobId", S, required=True),
            _in("MigrateOption", "MigrateOption"),
            _in("DstAccessType", S),  # the row lacks its Required cell
            _in("DatabaseInfo", S),
        ),
        errors=6,
        examples=1,
        rate_limit=20,
    ),
    "dts-StartMigrateJob-en.md": Read(
        "StartMigrateJob",
        "dts",
        "2018-03-30",
        1,
        1,
        (_in("JobId", S, required=True), RID),
        errors=10,
        examples=1,
        rate_limit=20,
    ),
    "eip-DescribeAddressQuota-legacy-en.md": Read(
        "DescribeAddressQuota",
        "eip",
        "2017-03-12",
        0,
        2,  # only a Version row: 'For the first version … input'
        (_out("QuotaSet", "Quota", True), RID),  # 'Array of [Quota](…) objects'
        errors=0,
        examples=1,
        rate_limit=None,
        legacy=True,
    ),
    "emr-CreateInstance-en.md": Read(
        "CreateInstance",
        "emr",
        "2019-01-03",
        17,
        2,
        (
            _in("ProductId", I, required=True),
            _in("Software", S, True, True),
            _in("PreExecutedFileSettings", "PreExecuteFileSettings"),
            _in("NeedMasterWan", S),
            _out("Result", "CreateInstanceResult"),
        ),
        errors=1,
        examples=1,
        rate_limit=20,
    ),
    "es-CreateInstance-zh.md": Read(
        "CreateInstance",
        "es",
        "2018-04-16",
        24,
        2,
        (
            _in("Zone", S, required=True),
            _in("VoucherIds", S, True),
            _in("EnableDedicatedMaster", B),
            _in("MultiZoneInfo", "MultiZoneInfo", True),
            _out("InstanceId", S),
        ),
        errors=6,
        examples=1,
        rate_limit=20,
    ),
    "gaap-CreateUDPListeners-zh.md": Read(
        "CreateUDPListeners",
        "gaap",
        "2018-05-29",
        7,
        2,
        (_in("Ports", I, True, True), _in("RealServerPorts", I, True), _out("ListenerIds", S, True)),
        errors=13,
        examples=1,
        rate_limit=20,
    ),
    "gaap-DescribeProxyGroupList-zh.md": Read(
        "DescribeProxyGroupList",
        "gaap",
        "2018-05-29",
        5,
        3,
        (
            _in("ProjectId", I, required=True),
            _in("TagSet", "TagPair", True),
            _out("ProxyGroupList", "ProxyGroupInfo", True),
        ),
        errors=9,
        examples=1,
        rate_limit=20,
    ),
    "gaap-DescribeRealServerStatistics-zh.md": Read(
        "DescribeRealServerStatistics",
        "gaap",
        "2018-05-29",
        4,
        2,
        (_in("WithinTime", I, required=True), _in("RuleId", S), _out("StatisticsData", "StatisticsDataInfo", True)),
        errors=6,
        examples=1,
        rate_limit=20,
    ),
    "gaap-DescribeRealServers-zh.md": Read(
        "DescribeRealServers",
        "gaap",
        "2018-05-29",
        6,
        3,
        (
            _in("ProjectId", I, required=True),
            _in("Filters", "Filter", True),
            _out("RealServerSet", "BindRealServerInfo", True),
        ),
        errors=7,
        examples=1,
        rate_limit=20,
    ),
    "gaap-ModifyHTTPSListenerAttribute-zh.md": Read(
        "ModifyHTTPSListenerAttribute",
        "gaap",
        "2018-05-29",
        6,
        1,
        (_in("ListenerId", S, required=True), _in("ClientCertificateId", S), RID),
        errors=11,
        examples=1,
        rate_limit=20,
    ),
    "gaap-ModifyProxiesAttribute-zh.md": Read(
        "ModifyProxiesAttribute",
        "gaap",
        "2018-05-29",
        4,
        1,
        (_in("InstanceIds", S, True), _in("ProxyIds", S, True), RID),
        errors=12,
        examples=1,
        rate_limit=20,
    ),
    "iot-AppTokenBindDeviceFamily-zh.md": Read(
        # RequestId and AccessToken are rows the page calls 公共参数
        "AppTokenBindDeviceFamily",
        "iot",
        "",
        5,
        1,
        (_in("Token", S, required=True), _in("RoomId", S, required=True), RID),
        errors=21,
        examples=1,
        rate_limit=None,
        endpoint="iot.cloud.tencent.com",
    ),
    "kms-CreateKey-en.md": Read(
        "CreateKey",
        "kms",
        "2019-01-18",
        4,
        7,
        (_in("Alias", S, required=True), _in("Type", I), _out("CreateTime", I), _out("KeyState", S)),
        errors=8,
        examples=1,
        rate_limit=100,
    ),
    "lb-CreateForwardLBSeventhLayerListeners-legacy-en.md": Read(
        "CreateForwardLBSeventhLayerListeners",
        "lb",
        "",
        12,
        4,
        (
            _in("loadBalancerId", S, required=True),
            _in("listeners.n.loadBalancerPort", I, required=True),
            _in("isteners.n.certCaName", S),  # sic
            _out("listenerIds", O, True),
        ),
        errors=0,
        examples=1,
        rate_limit=None,
        legacy=True,
    ),
    "live-AddDelayLiveStream-en.md": Read(
        "AddDelayLiveStream",
        "live",
        "2018-08-01",
        5,
        1,  # '## 3. Return Parameters'
        (_in("DelayTime", I, required=True), _in("ExpireTime", S), RID),
        errors=12,
        examples=1,
        rate_limit=200,
    ),
    "live-CreateLiveCert-en.md": Read(
        "CreateLiveCert",
        "live",
        "2018-08-01",
        5,
        2,
        (_in("CertType", I, required=True), _in("Description", S), _out("CertId", I)),
        errors=10,
        examples=1,
        rate_limit=200,
    ),
    "live-CreateLiveRecord-en.md": Read(
        "CreateLiveRecord",
        "live",
        "2018-08-01",
        10,
        2,
        (_in("StreamName", S, required=True), _in("Highlight", I), _out("TaskId", I)),
        errors=3,
        examples=1,
        rate_limit=100,
    ),
    "live-CreateLiveTranscodeTemplate-en.md": Read(
        "CreateLiveTranscodeTemplate",
        "live",
        "2018-08-01",
        17,
        2,
        (
            _in("TemplateName", S, required=True),
            _in("VideoBitrate", I, required=True),
            _in("FpsToOrig", I),
            _out("TemplateId", I),
        ),
        errors=15,
        examples=1,
        rate_limit=200,
    ),
    "mariadb-CloseDBExtranetAccess-en.md": Read(
        "CloseDBExtranetAccess",
        "mariadb",
        "2017-03-12",
        1,
        2,
        (_in("InstanceId", S, required=True), _out("FlowId", I)),
        errors=7,
        examples=1,
        rate_limit=None,
    ),
    "mariadb-DescribeDBPerformance-en.md": Read(
        "DescribeDBPerformance",
        "mariadb",
        "2017-03-12",
        3,
        11,
        (_in("StartTime", S, required=True), _out("LongQuery", "MonitorData"), _out("SlaveDelay", "MonitorData")),
        errors=7,
        examples=1,
        rate_limit=None,  # 'Date' types
    ),
    "mongodb-CreateDBInstance-en.md": Read(
        "CreateDBInstance",
        "mongodb",
        "2018-04-08",
        13,
        2,
        (_in("SecondaryNum", I, required=True), _in("SecurityGroup", S, True), _out("DealId", S)),
        errors=1,
        examples=1,
        rate_limit=None,
    ),
    "mongodb-TerminateDBInstance-en.md": Read(
        "TerminateDBInstance",
        "mongodb",
        "2018-04-08",
        1,
        2,
        (_in("InstanceId", S, required=True), _out("AsyncRequestId", S)),
        errors=2,
        examples=1,
        rate_limit=None,
    ),
    "mongodb-UpgradeDBInstanceHour-en.md": Read(
        "UpgradeDBInstanceHour",
        "mongodb",
        "2018-04-08",
        4,
        2,
        (_in("Memory", I, required=True), _in("OplogSize", I), _out("DealId", S)),
        errors=1,
        examples=1,
        rate_limit=None,
    ),
    "monitor-GetMonitorData-en.md": Read(
        "GetMonitorData",
        "monitor",
        "2018-07-24",
        6,
        6,  # 'Region … not required for this API' is common
        (
            _in("Instances", "Instance", True, True),
            _in("StartTime", "Timestamp"),
            _out("DataPoints", "PointsObject", True),
        ),
        errors=6,
        examples=2,
        rate_limit=None,  # '#### Sample input code'
    ),
    "monitor-GetMonitorData-legacy.md": Read(
        "GetMonitorData",
        "monitor",
        "",
        7,
        7,
        (_in("namespace", S, required=True), _in("dimensions.n.name", S, required=True), _in("startTime", "Timestamp")),
        errors=6,
        examples=1,
        rate_limit=None,
        legacy=True,  # HTML tables; 'Datetime'
    ),
    "ms-DeleteScanInstances-zh.md": Read(
        "DeleteScanInstances",
        "ms",
        "2018-04-08",
        1,
        2,
        (_in("AppSids", S, True, True), _out("Progress", I)),
        errors=3,
        examples=1,
        rate_limit=20,
    ),
    "organization-AddOrganizationNode-en.md": Read(
        "AddOrganizationNode",
        "organization",
        "2018-12-25",
        2,
        2,
        (_in("ParentNodeId", I, required=True), _out("NodeId", I)),
        errors=5,
        examples=1,
        rate_limit=20,
    ),
    "organization-ListOrganizationInvitations-en.md": Read(
        "ListOrganizationInvitations",
        "organization",
        "2018-12-25",
        3,
        3,
        (_in("Invited", I, required=True), _out("Invitations", "OrgInvitation", True)),
        errors=1,
        examples=1,
        rate_limit=20,
    ),
    "organization-ListOrganizationMembers-en.md": Read(
        "ListOrganizationMembers",
        "organization",
        "2018-12-25",
        2,
        3,
        (_in("Offset", I), _out("Members", "OrgMember", True)),
        errors=1,
        examples=1,
        rate_limit=20,
    ),
    "organization-UpdateOrganizationNode-en.md": Read(
        "UpdateOrganizationNode",
        "organization",
        "2018-12-25",
        3,
        1,
        (_in("NodeId", I, required=True), _in("ParentNodeId", I), RID),
        errors=4,
        examples=1,
        rate_limit=20,
    ),
    "redis-DescribeInstances-en.md": Read(
        "DescribeInstances",
        "redis",
        "2018-04-12",
        20,
        3,
        (
            _in("Limit", I),
            _in("ProjectIds", I, True),
            _in("SearchKeys", S, True),
            _out("InstanceSet", "InstanceSet", True),
        ),
        errors=6,
        examples=1,
        rate_limit=20,
    ),
    "redis-DescribeTaskInfo-zh.md": Read(
        "DescribeTaskInfo",
        "redis",
        "2018-04-12",
        1,
        6,
        (_in("TaskId", I, required=True), _out("TaskMessage", S)),
        errors=2,
        examples=1,
        rate_limit=20,
    ),
    "redis-ModifyNetworkConfig-en.md": Read(
        "ModifyNetworkConfig",
        "redis",
        "2018-04-12",
        5,
        5,
        (_in("Operation", S, required=True), _out("Status", B)),
        errors=7,
        examples=0,
        rate_limit=20,  # '## 4. Sample' is empty
    ),
    "scf-DeleteTrigger-en.md": Read(
        "DeleteTrigger",
        "scf",
        "2018-04-16",
        5,
        1,
        (_in("Type", S, required=True), _in("Qualifier", S), RID),
        errors=13,
        examples=1,
        rate_limit=100,
    ),
    "shield-ShieldGroupGetIPInfo-legacy.md": Read(
        "ShieldGroupGetIPInfo",
        "shield",
        "",
        1,
        6,  # the array elements' fields are rows of the same table
        (_in("id", S, required=True), _out("validIpList", O, True), _out("status", S)),
        errors=0,
        examples=0,
        rate_limit=None,
        legacy=True,
    ),
    "sqlserver-CreateDBInstances-en.md": Read(
        "CreateDBInstances",
        "sqlserver",
        "2018-03-28",
        12,
        2,
        (_in("Zone", S, required=True), _in("VoucherIds", S, True), _out("DealName", S)),
        errors=9,
        examples=1,
        rate_limit=None,
    ),
    "sqlserver-RollbackInstance-en.md": Read(
        "RollbackInstance",
        "sqlserver",
        "2018-03-28",
        4,
        2,
        (_in("DBs", S, True, True), _in("Time", "Timestamp", required=True), _out("FlowId", I)),
        errors=5,
        examples=1,
        rate_limit=None,
    ),
    "tcb-ModifyUser-zh.md": Read(
        "ModifyUser",
        "tcb",
        "2018-06-08",
        11,
        2,
        (
            _in("EnvId", S, required=True),
            _in("Uid", S, required=True),
            _in("AvatarUrl", S),
            _out("Data", "ModifyUserResp"),
        ),
        errors=11,
        examples=1,
        rate_limit=20,
    ),
    "tke-CreateCluster-en.md": Read(
        "CreateCluster",
        "tke",
        "2018-05-25",
        7,
        2,
        (
            _in("ClusterType", S, required=True),
            _in("RunInstancesForNode", "RunInstancesForNode", True),
            _out("ClusterId", S),
        ),
        errors=23,
        examples=2,
        rate_limit=20,
    ),
    "tke-DeleteClusterInstances-en.md": Read(
        "DeleteClusterInstances",
        "tke",
        "2018-05-25",
        3,
        1,
        (_in("InstanceIds", S, True, True), _in("InstanceDeleteMode", S), RID),
        errors=7,
        examples=1,
        rate_limit=20,
    ),
    "vpc-CreateVpnConnection-en.md": Read(
        "CreateVpnConnection",
        "vpc",
        "2017-03-12",
        8,
        2,
        (_in("SecurityPolicyDatabases", "SecurityPolicyDatabase", True, True), _out("VpnConnection", "VpnConnection")),
        errors=3,
        examples=1,
        rate_limit=100,
    ),
    "vpc-EnableVpcPeeringConnection-legacy-en.md": Read(
        "EnableVpcPeeringConnection",
        "vpc",
        "",
        1,
        2,
        (_in("peeringConnectionId", S, required=True), _out("code", I), _out("message", S)),
        errors=2,
        examples=1,
        rate_limit=None,
        legacy=True,
    ),
}


PAGES = sorted(EXPECTED)
READ_PAGES = sorted(READ)


def _parse(path: Path) -> ServiceSpec:
    return parse_document(read_document(path))


def _only_action(spec: ServiceSpec) -> Action:
    assert len(spec.actions) == 1, sorted(spec.actions)
    return next(iter(spec.actions.values()))


def _manifest() -> dict[str, dict[str, str]]:
    with (CORPUS / "MANIFEST.tsv").open(encoding="utf-8") as handle:
        return {row["file"]: row for row in csv.DictReader(handle, delimiter="\t")}


def test_every_corpus_page_has_hand_read_values() -> None:
    pages = {p.name for p in CORPUS.glob("*.md")}
    assert not set(EXPECTED) & set(READ)
    assert pages == set(EXPECTED) | set(READ), "a corpus page without expectations (or expectations for a missing page)"
    assert set(_manifest()) == pages


@pytest.mark.parametrize("page", PAGES)
def test_page_against_hand_read_values(page: str) -> None:
    expected = EXPECTED[page]
    spec = _parse(CORPUS / page)
    action = _only_action(spec)
    assert action.name == expected.action
    assert [(f.name, f.type, f.array, f.required) for f in action.input] == list(expected.inputs)
    assert [(f.name, f.type, f.array) for f in action.output] == list(expected.outputs)
    assert len(action.output) == len(expected.outputs)
    assert not any(f.required for f in action.output)
    assert len(action.errors) == expected.errors
    assert len(action.examples) == expected.examples
    assert action.rate_limit == expected.rate_limit
    assert (action.legacy is not None) == expected.legacy
    assert spec.service == (expected.service or "")
    assert spec.version == (expected.version or "")
    if expected.service:
        assert spec.endpoint == ("" if expected.legacy else f"{expected.service}.tencentcloudapi.com")
    assert action.description, "every page describes its action"


@pytest.mark.parametrize("page", READ_PAGES)
def test_new_page_against_hand_read_values(page: str) -> None:
    expected = READ[page]
    spec = _parse(CORPUS / page)
    action = _only_action(spec)
    assert (action.name, spec.service, spec.version) == (expected.action, expected.service, expected.version)
    endpoint = expected.endpoint
    if endpoint is None:
        endpoint = "" if expected.legacy else f"{expected.service}.tencentcloudapi.com"
    assert spec.endpoint == endpoint
    assert (len(action.input), len(action.output)) == (expected.inputs, expected.outputs)
    fields = {"input": {f.name: f for f in action.input}, "output": {f.name: f for f in action.output}}
    for section, name, type_, array, required in expected.some:
        found = fields[section].get(name)
        assert found is not None, f"{section} {name} missing"
        assert (found.type, found.array, found.required) == (type_, array, required), f"{section} {name}"
    assert not any(f.required for f in action.output)
    assert len(action.errors) == expected.errors
    assert len(action.examples) == expected.examples
    assert action.rate_limit == expected.rate_limit
    assert (action.legacy is not None) == expected.legacy
    assert action.description, "every page describes its action"


@pytest.mark.parametrize("page", READ_PAGES)
def test_new_page_examples_are_read(page: str) -> None:
    """Every example's request is read (a query string, a JSON body); a legacy response may be a template."""
    action = _only_action(_parse(CORPUS / page))
    for example in action.examples:
        assert example.request is not None or example.request_text, example.problems


@pytest.mark.parametrize("page", sorted(PAGES + READ_PAGES))
def test_page_agrees_with_the_manifest(page: str) -> None:
    row = _manifest()[page]
    spec = _parse(CORPUS / page)
    action = _only_action(spec)
    assert action.name == row["action"]
    assert spec.language == row["language"]
    if row["api_version"]:
        assert spec.version == row["api_version"]
    assert spec.service == row["service"]


@pytest.mark.parametrize("page", PAGES)
def test_examples_are_read(page: str) -> None:
    """Every example has its request and response read back, except the legacy page's single-quoted response."""
    action = _only_action(_parse(CORPUS / page))
    for example in action.examples:
        assert example.request is not None, example.problems
        if EXPECTED[page].legacy:
            assert example.response is None and example.response_text and example.problems
        else:
            assert example.response is not None, example.problems
            assert "Response" in example.response


# The site's Markdown renderer drops the last cell of a row written '|| Month | No | String | …': the HTML page
# itself lacks that row's description.
HTML_LOSES = {"billing-DescribeBillDetail-en.md": ("DescribeBillDetail", "Month")}


def _comparable(spec: ServiceSpec) -> dict[str, Any]:
    """The spec without what names the file (sources, lines, warnings), descriptions compared without white space:
    the readers differ in whether a <br> inside running text breaks the line."""
    data = spec_to_dict(spec)
    data.pop("sources")
    data.pop("warnings", None)
    for action in data["actions"].values():
        action.pop("source")
    for structure in data["structures"].values():
        structure.pop("source", None)
    return _words(data)


def _words(value: Any) -> Any:
    if isinstance(value, dict):
        return {
            k: ("".join(v.split()) if k == "description" and isinstance(v, str) else _words(v))
            for k, v in value.items()
        }
    if isinstance(value, list):
        return [_words(v) for v in value]
    return value


@pytest.mark.parametrize("page", sorted(PAGES + READ_PAGES))
def test_html_rendering_parses_to_the_same_spec(page: str) -> None:
    html = HTML / page.replace(".md", ".html")
    assert html.exists(), f"no HTML fixture for {page}: run tests/fixtures/make_html_fixtures.py"
    html_doc = read_document(html)
    assert html_doc.format == "html"
    from_html, from_markdown = _comparable(parse_document(html_doc)), _comparable(_parse(CORPUS / page))
    if page in HTML_LOSES:
        action, name = HTML_LOSES[page]
        for spec in (from_html, from_markdown):
            for field in spec["actions"][action]["input"]:
                if field["name"] == name:
                    field.pop("description")
                    field.pop("constraints")
    assert from_html == from_markdown


# Details read off particular pages.


def _action(page: str) -> Action:
    return _only_action(_parse(CORPUS / page))


def test_monitor_get_monitor_data_details() -> None:
    action = _action("monitor-GetMonitorData-zh.md")
    # the rate-limit sentences are dropped from the description; the rest of the paragraph stays
    assert action.description.startswith("传入 TDSQL-C MySQL 版的命名空间")
    assert "20次/秒" not in action.description
    example = action.examples[0]
    assert example.request is not None and example.request["MetricName"] == "CPuUsageRate"
    assert example.request["Instances"][0]["Dimensions"][0]["Value"] == "cynosdbmysql-ins-edpn3t6b"
    # the page's response lacks the comma after "RequestId": repaired, and said so
    assert example.response is not None and example.response["Response"]["StartTime"] == "2022-07-15 10:00:00"
    assert any("comma" in p for p in example.problems)


def test_cvm_example_under_same_level_heading() -> None:
    action = _action("cvm-AllocateHosts-zh.md")
    (example,) = action.examples
    assert example.title == "示例1 包年包月CDH实例购买"
    assert example.request == {
        "Placement": {"Zone": "ap-guangzhou-2"},
        "HostChargeType": "PREPAID",
        "HostChargePrepaid": {"Period": "1", "RenewFlag": "NOTIFY_AND_AUTO_RENEW"},
        "HostType": "HS1",
        "HostCount": 1,
    }
    assert (
        action.description
        == "本接口 (AllocateHosts) 用于创建一个或多个指定配置的CDH实例。\n\n当HostChargeType为PREPAID时，必须指定HostChargePrepaid参数。"
    )


def test_a_note_that_mentions_a_domain_stays_in_the_description() -> None:
    action = _action("es-DescribeInstances-zh.md")
    assert action.description.startswith("查询用户该地域下符合条件的所有实例\n\n注意：本接口支持金融区地域。")
    assert action.description.endswith("例如：es.ap-shanghai-fsi.tencentcloudapi.com。")
    assert "20次/秒" not in action.description and "接口请求域名" not in action.description


def test_vod_confirm_events_description_keeps_every_sentence_but_the_rate() -> None:
    action = _action("vod-ConfirmEvents-en.md")
    assert "For more information, see Server Event Notification." in action.description
    assert "requests/sec" not in action.description and "vod.tencentcloudapi.com" not in action.description


def test_legacy_page_details() -> None:
    action = _action("monitor-DeleteNamespace-legacy.md")
    assert action.errors == ["-503", "-513", "-509"]
    assert action.examples[0].request == {"namespace": "name1"}
    assert action.description == "删除自定义命名空间。"
    assert action.legacy is not None and "monitor.api.qcloud.com" in action.legacy.note


def test_field_details() -> None:
    enable = next(f for f in _action("live-ModifyLivePlayAuthKey-zh.md").input if f.name == "Enable")
    assert enable.constraints.enum == [0, 1]
    filters = next(f for f in _action("as-DescribeLaunchConfigurations-en.md").input if f.name == "Filters")
    assert "launch-configuration-id" in filters.description
    blob = next(f for f in _action("kms-Decrypt-en.md").input if f.name == "CiphertextBlob")
    assert blob.description == "Encrypted ciphertext data"


def test_corpus_totals() -> None:
    """The numbers the issue asks for: pages parsed and parameters read."""
    specs = [_parse(CORPUS / page) for page in PAGES]
    actions = [a for s in specs for a in s.actions.values()]
    assert len(actions) == len(PAGES) == 12
    assert sum(len(a.input) for a in actions) == 43
    assert sum(len(a.output) for a in actions) == 30
    assert sum(len(a.errors) for a in actions) == 51
