"""Examples read the way the page wrote them; one the parser doubts is flagged and its generated test skipped."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from codegen.config import load_config
from codegen.parse.examples import parse_request
from codegen.pipeline import regenerate
from codegen.spec.model import Field

ROOT = Path(__file__).resolve().parents[1]

# The CreateLiveCallbackTemplate request example of the Cloud Live manual (seed 004): callback URLs with '?action='
CALLBACK = """POST / HTTP/1.1
Host: live.tencentcloudapi.com
Content-Type: application/json
X-TC-Action: CreateLiveCallbackTemplate
<公共请求参数>

{
"StreamBeginNotifyUrl": "http://www.yourdomain.com/api/notify?action=streamBegin",
"StreamEndNotifyUrl": "http://www.yourdomain.com/api/notify?action=streamEnd",
"TemplateName": "testName",
"CallbackKey": "adasda131312"
}"""


def test_a_query_inside_a_json_string_is_not_a_get_request() -> None:
    inputs = [Field(n, "String") for n in ("StreamBeginNotifyUrl", "StreamEndNotifyUrl", "TemplateName", "CallbackKey")]
    request, problems = parse_request(CALLBACK, inputs)
    assert problems == []
    assert request == {
        "StreamBeginNotifyUrl": "http://www.yourdomain.com/api/notify?action=streamBegin",
        "StreamEndNotifyUrl": "http://www.yourdomain.com/api/notify?action=streamEnd",
        "TemplateName": "testName",
        "CallbackKey": "adasda131312",
    }


def test_get_requests_are_still_read_from_their_query() -> None:
    text = "GET https://live.tencentcloudapi.com/?Action=DescribeX\n&StreamName=a%2Fb\n&<公共请求参数>"
    assert parse_request(text, [Field("StreamName", "String")]) == ({"StreamName": "a/b"}, [])


def test_the_committed_callback_examples_have_every_parameter() -> None:
    spec = json.loads((ROOT / "spec" / "live-2018-08-01.json").read_text("utf-8"))
    for action in ("CreateLiveCallbackTemplate", "ModifyLiveCallbackTemplate"):
        (example,) = spec["actions"][action]["examples"]
        assert "action" not in example["request"]
        assert example["request"]["StreamEndNotifyUrl"] == "http://www.yourdomain.com/api/notify?action=streamEnd"
        assert example["request"]["TemplateName"] == "testName"


def test_an_example_sending_unlisted_parameters_is_flagged() -> None:
    body = 'POST / HTTP/1.1\n<Common request parameters>\n\n{"Name": "a", "Nmae": "b"}'
    request, problems = parse_request(body, [Field("Name", "String")])
    assert request == {"Name": "a", "Nmae": "b"}
    assert problems == ["example sends Nmae, which the parameter table does not list"]


PAGE = """## 1. API Description

Domain name for API request: demo.tencentcloudapi.com.

## 2. Input Parameters

| Parameter Name | Required | Type | Description |
|---|---|---|---|
| Action | Yes | String | Common Params. The value used for this API: DoThing. |
| Version | Yes | String | Common Params. The value used for this API: 2020-01-01. |
| Name | Yes | String | A name. |

## 3. Output Parameters

| Parameter Name | Type | Description |
|---|---|---|
| RequestId | String | The request ID. |

## 4. Example

### Example1 Clean

#### Input Example

```
POST / HTTP/1.1
<Common request parameters>

{"Name": "a"}
```

#### Output Example

```
{"Response": {"RequestId": "r1"}}
```

### Example2 Misread

#### Input Example

```
POST / HTTP/1.1
<Common request parameters>

{"Name": "a", "action": "streamBegin\\",\\"Other\\": 1"}
```

#### Output Example

```
{"Response": {"RequestId": "r2"}}
```
"""


def test_a_flagged_example_is_skipped_with_its_reason_by_the_generated_test(tmp_path: Path) -> None:
    (tmp_path / "spec" / "sources" / "demo").mkdir(parents=True)
    (tmp_path / "spec" / "sources" / "demo" / "page.md").write_text(PAGE, "utf-8")
    (tmp_path / "pyproject.toml").write_text(
        '[tool.codegen]\npackage = "tcapi"\noutput = "generated"\nspecs = "spec"\n\n[[tool.codegen.service]]\n'
        'name = "demo"\nversion = "2020-01-01"\nsources = ["spec/sources/demo/*"]\n',
        "utf-8",
    )
    regenerate(load_config(tmp_path / "pyproject.toml"), cache_dir=tmp_path / "cache")
    spec = json.loads((tmp_path / "spec" / "demo-2020-01-01.json").read_text("utf-8"))
    flagged = [e for e in spec["actions"]["DoThing"]["examples"] if e.get("problems")]
    assert [e["title"] for e in flagged] == ["Example2 Misread"]
    assert flagged[0]["problems"] == ["example sends action, which the parameter table does not list"]

    data = json.loads((tmp_path / "generated" / "tcapi" / "demo" / "v20200101" / "tests" / "do_thing.json").read_text())
    assert "skip" not in data["examples"][0]
    assert data["examples"][1]["skip"].startswith("example sends action, which the parameter table does not list")

    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-rs", "-p", "no:cacheprovider", "tcapi/demo"],
        cwd=tmp_path / "generated",
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "1 skipped" in result.stdout and "example sends action" in result.stdout
    assert "2 passed" in result.stdout  # the clean example and the minimal request
