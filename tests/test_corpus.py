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
        None,  # an API 2.0 domain (monitor.api.qcloud.com) does not name an API 3.0 service
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

PAGES = sorted(EXPECTED)


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
    assert pages == set(EXPECTED), "a corpus page without expectations (or expectations for a missing page)"
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
        assert spec.endpoint == f"{expected.service}.tencentcloudapi.com"
    assert action.description, "every page describes its action"


@pytest.mark.parametrize("page", PAGES)
def test_page_agrees_with_the_manifest(page: str) -> None:
    row = _manifest()[page]
    spec = _parse(CORPUS / page)
    action = _only_action(spec)
    assert action.name == row["action"]
    assert spec.language == row["language"]
    if row["api_version"]:
        assert spec.version == row["api_version"]
    if not EXPECTED[page].legacy:
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


def _comparable(spec: ServiceSpec) -> dict[str, Any]:
    data = spec_to_dict(spec)
    data.pop("sources")
    for action in data["actions"].values():
        action.pop("source")
    for structure in data["structures"].values():
        structure.pop("source", None)
    return data


@pytest.mark.parametrize("page", PAGES)
def test_html_rendering_parses_to_the_same_spec(page: str) -> None:
    html = HTML / page.replace(".md", ".html")
    assert html.exists(), f"no HTML fixture for {page}: run tests/fixtures/make_html_fixtures.py"
    html_doc = read_document(html)
    assert html_doc.format == "html"
    assert _comparable(parse_document(html_doc)) == _comparable(_parse(CORPUS / page))


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
