"""Constraints checked against the rest of the document, and what the committed clients now let through."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from codegen.ingest import read_document
from codegen.lint import lint_partials
from codegen.parse import parse_document
from codegen.parse.constraint_review import review_constraints
from codegen.parse.constraints import extract_constraints
from codegen.spec.model import Action, Field, ServiceSpec, Source
from tcapi.live.v20180801.models.create_live_transcode_template import CreateLiveTranscodeTemplateRequest
from tcapi.live.v20180801.models.describe_caster_play_url import DescribeCasterPlayUrlRequest
from tcapi.live.v20180801.models.modify_live_pull_stream_task import ModifyLivePullStreamTaskRequest
from tcapi.live.v20180801.structures.caster_input_info import CasterInputInfo
from tcapi.live.v20180801.structures.common_mix_output_params import CommonMixOutputParams
from tcapi.runtime.errors import ValidationError

ROOT = Path(__file__).resolve().parents[1]

PAGE = """## 1. API Description

Domain name for API request: demo.tencentcloudapi.com.

## 2. Input Parameters

| Parameter Name | Required | Type | Description |
|---|---|---|---|
| Action | Yes | String | Common Params. The value used for this API: DoThing. |
| Version | Yes | String | Common Params. The value used for this API: 2020-01-01. |
| Limit | No | Integer | How many. Value range: 1-100. |
| Mode | No | Integer | Mode. 0: off; 1: on. |
| Count | No | Integer | The live scheme ID.<br>Note 1: applies to all.<br>• Note 2: see above. |

## 3. Output Parameters

| Parameter Name | Type | Description |
|---|---|---|
| RequestId | String | The request ID. |

## 4. Example

### Example1 Doing it

#### Input Example

```
POST / HTTP/1.1
Host: demo.tencentcloudapi.com
<Common request parameters>

{"Limit": 200, "Mode": 1}
```

#### Output Example

```
{"Response": {"RequestId": "r"}}
```

## 5. Error Code

| Error Code | Description |
|---|---|
| InvalidParameter | Bad. |
"""


def test_a_constraint_a_documented_example_breaks_is_left_out_with_a_warning() -> None:
    spec = parse_document(read_document("page.md", PAGE))
    limit, mode = spec.actions["DoThing"].input[0], spec.actions["DoThing"].input[1]
    assert limit.constraints.minimum == 1 and limit.constraints.maximum is None  # the example sends 200
    assert mode.constraints.enum == [0, 1]  # the example's 1 is listed
    assert any(w.startswith("page.md:1: DoThing.Limit: maximum 100 left out") and "200" in w for w in spec.warnings)
    findings = [str(f) for f in lint_partials([spec])]
    assert any(f.startswith("page.md:1: DoThing.Limit: maximum 100 left out") for f in findings)
    assert any("DoThing.Count" in f and "notes" in f for f in findings)


def test_an_example_value_of_another_json_type_is_a_type_question_not_a_constraint_one() -> None:
    spec = parse_document(read_document("page.md", PAGE.replace('"Mode": 1', '"Mode": "7"')))
    assert spec.actions["DoThing"].input[1].constraints.enum == [0, 1]


def test_the_example_value_beside_the_row_counts_too() -> None:
    description = "宽度。取值范围：16-60。"
    f = Field(
        "Size",
        "Integer",
        description=description,
        example="12",
        constraints=extract_constraints(description, "Integer"),
    )
    spec = ServiceSpec("x", "1", actions={"A": Action("A", input=[f], source=Source("p.txt", 3))})
    warnings = review_constraints(spec)
    assert (f.constraints.minimum, f.constraints.maximum) == (None, 60)
    assert f.constraints.evidence == ["取值范围：16-60。"]  # still the sentence of the maximum
    assert warnings == ["p.txt:3: A.Size: minimum 16 left out: the documented example value 12 breaks it"]


def test_a_limit_on_the_number_of_items_is_not_a_limit_on_each_item() -> None:
    description = "实例ID列表，数组长度上限为100。"
    ids = Field("InstanceIds", "String", array=True, description=description)
    ids.constraints = extract_constraints(description, "String")
    assert ids.constraints.max_length == 100
    spec = ServiceSpec("x", "1", actions={"A": Action("A", input=[ids], source=Source("p.txt", 3))})
    warnings = review_constraints(spec)
    assert ids.constraints.max_length is None and "counts the array's items" in warnings[0]


SPEC = json.loads((ROOT / "spec" / "live-2018-08-01.json").read_text("utf-8"))


def _field(owner: str, name: str) -> dict:
    fields = SPEC["actions"][owner]["input"] if owner in SPEC["actions"] else SPEC["structures"][owner]["fields"]
    return next(f for f in fields if f["name"] == name)


def test_the_committed_spec_states_what_the_manual_says() -> None:
    rate = _field("CommonMixOutputParams", "OutputAudioSampleRate")["constraints"]
    assert 48000 in rate["enum"] and 8000 in rate["enum"] and "minimum" not in rate and "maximum" not in rate
    assert _field("CasterInputInfo", "InputType")["constraints"]["enum"] == [0, 1, 2, 3, 4]
    assert "maximum" not in _field("CasterInputInfo", "InputType")["constraints"]
    play_url = _field("DescribeCasterPlayUrl", "PlayUrlType")["constraints"]
    assert (
        play_url["enum"] == [1, 2, 3] and "maximum" not in play_url and "3：获取pgm的播放url" in play_url["evidence"][0]
    )
    loop = _field("ModifyLivePullStreamTask", "VodLoopTimes")["constraints"]
    assert "enum" not in loop and loop["minimum"] == -1
    assert "" in _field("CreateLiveTranscodeTemplate", "DRMType")["constraints"]["enum"]
    mps = json.loads((ROOT / "spec" / "mps-2019-06-12.json").read_text("utf-8"))
    schedule = next(f for f in mps["actions"]["ProcessLiveStream"]["input"] if f["name"] == "ScheduleId")
    assert schedule["constraints"] == {}


def test_the_generated_clients_accept_every_value_the_manual_allows() -> None:
    CommonMixOutputParams(output_stream_name="out", output_audio_sample_rate=48000).validate()
    CommonMixOutputParams(output_stream_name="out", output_audio_sample_rate=8000).validate()
    CasterInputInfo(input_index=1, input_type=4).validate()
    DescribeCasterPlayUrlRequest(caster_id=1, play_url_type=3).validate()
    for times in (-1, 0, 5, 1000):
        ModifyLivePullStreamTaskRequest(task_id="t", operator="o", vod_loop_times=times).validate()
    CreateLiveTranscodeTemplateRequest(template_name="t", video_bitrate=100, drm_type="").validate()


def test_the_generated_clients_still_refuse_what_the_manual_forbids() -> None:
    with pytest.raises(ValidationError):
        CommonMixOutputParams(output_stream_name="out", output_audio_sample_rate=12345).validate()
    with pytest.raises(ValidationError):
        DescribeCasterPlayUrlRequest(caster_id=1, play_url_type=4).validate()
    with pytest.raises(ValidationError):
        ModifyLivePullStreamTaskRequest(task_id="t", operator="o", vod_loop_times=-2).validate()
    with pytest.raises(ValidationError):
        CreateLiveTranscodeTemplateRequest(template_name="t", video_bitrate=100, drm_type="rot13").validate()
