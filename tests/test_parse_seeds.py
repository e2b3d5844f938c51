"""The four single-page seeds, parsed from their unmodified copies; expected values read off the pages by hand."""

from __future__ import annotations

from pathlib import Path

import pytest

from codegen.ingest import read_document
from codegen.parse import parse_document
from codegen.spec.merge import merge_specs
from codegen.spec.model import Action, ServiceSpec

SOURCES = Path(__file__).resolve().parents[1] / "spec" / "sources"


def _parse(relative: str) -> ServiceSpec:
    return parse_document(read_document(SOURCES / relative))


def _field(action: Action, name: str, output: bool = False):  # type: ignore[no-untyped-def]
    return next(f for f in (action.output if output else action.input) if f.name == name)


def test_000_english_page_text_with_space_separated_cells() -> None:
    spec = _parse("vod/000_b15c0570ae44f4dd.txt")
    assert (spec.service, spec.version, spec.endpoint) == ("vod", "2018-07-17", "vod.tencentcloudapi.com")
    action = spec.actions["LiveRealTimeClip"]
    assert action.rate_limit == 100
    assert [f.name for f in action.input] == [
        "StreamId", "StartTime", "EndTime", "SubAppId", "IsPersistence", "ExpireTime", "Procedure", "ClassId",
        "SourceContext", "SessionContext", "MetaDataRequired", "Host", "StreamInfo", "ExtInfo",
    ]  # fmt: skip
    assert [f.name for f in action.input if f.required] == ["StreamId", "StartTime", "EndTime"]
    assert _field(action, "StreamInfo").type == "LiveRealTimeClipStreamInfo"
    assert _field(action, "ClassId").type == "Integer"
    assert "This parameter is valid only if IsPersistence is 1." in _field(action, "ClassId").description
    segment = _field(action, "SegmentSet", output=True)
    assert (segment.type, segment.array) == ("LiveRealTimeClipMediaSegmentInfo", True)
    assert _field(action, "FileId", output=True).nullable
    assert not _field(action, "Url", output=True).nullable
    assert len(action.errors) == 10 and "InvalidParameterValue.StreamIdInvalid" in action.errors
    assert len(action.examples) == 2
    first = action.examples[0]
    assert first.request == {
        "Host": "example.com",
        "EndTime": "2018-09-20T11:00:00Z",
        "StartTime": "2018-09-20T10:00:00Z",
        "StreamId": "record-stream",
    }
    assert first.response is not None
    assert first.response["Response"]["SegmentSet"] == [
        {"StartTime": "2018-09-20T10:00:00Z", "EndTime": "2018-09-20T10:30:00Z"},
        {"StartTime": "2018-09-20T10:40:00Z", "EndTime": "2018-09-20T11:00:00Z"},
    ]
    assert any("rebuilt" in p for p in first.problems)
    assert spec.structures["MediaMetaData"].defined is False


def test_001_chinese_markdown_older_revision() -> None:
    spec = _parse("vod/001_4c0c99729c772a06.txt")
    action = spec.actions["LiveRealTimeClip"]
    assert action.rate_limit == 100
    assert [f.name for f in action.input] == [
        "StreamId", "StartTime", "EndTime", "IsPersistence", "ExpireTime", "Procedure", "MetaDataRequired", "SubAppId",
    ]  # fmt: skip
    assert [f.name for f in action.output] == ["Url", "FileId", "VodTaskId", "MetaData", "RequestId"]
    assert _field(action, "StreamId").description == "推流直播码。"  # link text kept, target dropped
    assert len(action.errors) == 6
    assert action.examples[1].request == {
        "StreamId": "record-stream",
        "StartTime": "2018-09-20T10:00:00Z",
        "EndTime": "2018-09-20T11:00:00Z",
        "IsPersistence": 1,
        "Procedure": "SomeProcedure",
    }


def test_002_english_page_inside_navigation_and_portuguese_chrome() -> None:
    spec = _parse("live/002_7d09637ba2421d51.txt")
    assert (spec.service, spec.version, spec.endpoint) == ("live", "2018-08-01", "live.tencentcloudapi.com")
    action = spec.actions["CreateLiveRecord"]
    assert action.rate_limit == 500
    assert [f.name for f in action.input] == [
        "StreamName", "AppName", "DomainName", "StartTime", "EndTime", "RecordType", "FileFormat", "Highlight",
        "MixStream", "StreamParam",
    ]  # fmt: skip
    assert [f.name for f in action.input if f.required] == ["StreamName"]
    assert "In scheduled recording mode, this field must be set" in _field(action, "StartTime").description
    assert _field(action, "FileFormat").constraints.default == "flv"
    assert [(f.name, f.type) for f in action.output] == [("TaskId", "Integer"), ("RequestId", "String")]
    assert len(action.errors) == 14
    assert action.examples[0].request == {
        "AppName": "live",
        "DomainName": "5000.live.push.com",
        "StreamName": "livetest",
        "StartTime": "2018-09-11 12:04:01",
        "EndTime": "2018-09-11 12:08:01",
    }
    assert action.examples[1].request is not None and action.examples[1].request["Highlight"] == 1
    assert action.examples[0].response == {
        "Response": {"RequestId": "eac6b301-a322-493a-8e36-83b295459397", "TaskId": 1234567}
    }
    assert "Ajuda" not in action.description and "Cloud Streaming Services" not in action.description


def test_003_cells_run_together() -> None:
    spec = _parse("mps/003_d2c3499d1e57381c.txt")
    action = spec.actions["ProcessLiveStream"]
    assert action.rate_limit == 100
    assert [(f.name, f.type, f.required) for f in action.input[:3]] == [
        ("Url", "String", True),
        ("TaskNotifyConfig", "LiveStreamTaskNotifyConfig", True),
        ("OutputStorage", "TaskOutputStorage", False),
    ]
    assert _field(action, "AiAnalysisTask").type == "AiAnalysisTaskInput"
    assert _field(action, "AiAnalysisTask").description == ""
    assert _field(action, "ScheduleId").type == "Integer"
    assert len(action.input) == 11
    assert action.errors == [
        "FailedOperation.InvalidMpsUser",
        "InternalError",
        "InvalidParameter",
        "InvalidParameterValue.Definition",
        "InvalidParameterValue.Definitions",
        "InvalidParameterValue.SessionId",
    ]
    assert spec.errors["FailedOperation.InvalidMpsUser"].description == "Operation failed: unauthorized MPS user."
    example = action.examples[0]
    assert example.request == {
        "Url": "http://www.abc.com/abc.m3u8",
        "AiRecognitionTask": {"Definition": "10"},
        "TaskNotifyConfig": {"CmqRegion": "gz", "CmqModel": "Queue", "QueueName": "queue-125717729292"},
    }
    assert not example.problems


def test_000_and_001_merge_into_one_action_with_reported_conflicts() -> None:
    merged = merge_specs(
        "vod", "2018-07-17", [_parse("vod/001_4c0c99729c772a06.txt"), _parse("vod/000_b15c0570ae44f4dd.txt")]
    )
    action = merged.actions["LiveRealTimeClip"]
    names = {f.name for f in action.input}
    assert {"SubAppId", "ClassId", "SourceContext", "SessionContext", "Host", "StreamInfo", "ExtInfo"} <= names
    assert "SegmentSet" in {f.name for f in action.output}
    assert len(action.examples) == 4
    description = [c for c in merged.conflicts if c.where == "LiveRealTimeClip.input.StreamId"]
    assert description and description[0].attribute == "description"
    assert description[0].kept_from.endswith("000_b15c0570ae44f4dd.txt")
    assert "newer revision" in description[0].rule


@pytest.mark.parametrize(
    "name", ["vod/000_b15c0570ae44f4dd.txt", "live/002_7d09637ba2421d51.txt", "mps/003_d2c3499d1e57381c.txt"]
)
def test_common_parameters_are_not_inputs(name: str) -> None:
    for action in _parse(name).actions.values():
        assert not {"Action", "Version", "Region"} & {f.name for f in action.input}
        assert action.output[-1].name == "RequestId"
