"""The exception hierarchy, error-code resolution, UNSET, and what importing the runtime costs."""

from __future__ import annotations

import copy
import os
import pickle
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

import tcapi.runtime
from tcapi.runtime import UNSET, Unset
from tcapi.runtime import errors
from tcapi.runtime.errors import (
    COMMON_ERRORS,
    APIError,
    CredentialError,
    InvalidResponseError,
    NetworkError,
    Problem,
    RegionError,
    RequestTimeoutError,
    ServerError,
    TencentCloudError,
    ValidationError,
    resolve_error_class,
)


class InvalidParameterValue(APIError):
    code = "InvalidParameterValue"


class InvalidParameterValueClipDuration(InvalidParameterValue):
    code = "InvalidParameterValue.ClipDuration"


REGISTRY: dict[str, type[APIError]] = {
    **COMMON_ERRORS,
    "InvalidParameterValue": InvalidParameterValue,
    "InvalidParameterValue.ClipDuration": InvalidParameterValueClipDuration,
}


class TestResolveErrorClass:
    def test_exact(self) -> None:
        assert resolve_error_class("InvalidParameterValue.ClipDuration", REGISTRY) is InvalidParameterValueClipDuration

    def test_dotted_parent(self) -> None:
        assert resolve_error_class("InvalidParameterValue.Unknown", REGISTRY) is InvalidParameterValue
        assert resolve_error_class("InvalidParameterValue.ClipDuration.Deeper", REGISTRY) is (
            InvalidParameterValueClipDuration
        )
        assert resolve_error_class("AuthFailure.NewKindOfFailure", REGISTRY) is errors.AuthFailureError

    def test_generic(self) -> None:
        assert resolve_error_class("SomethingNew.Entirely", REGISTRY) is APIError
        assert resolve_error_class("", REGISTRY) is APIError
        assert resolve_error_class(".Odd", REGISTRY) is APIError

    def test_service_registry_wins_over_common(self) -> None:
        assert resolve_error_class("InvalidParameterValue", REGISTRY) is InvalidParameterValue
        assert resolve_error_class("InvalidParameterValue", COMMON_ERRORS) is errors.InvalidParameterValueError


class TestCommonErrors:
    def test_documented_common_codes_are_present(self) -> None:
        # The common error code table of seed 004 ("公共错误码").
        documented = """
            ActionOffline AuthFailure.InvalidAuthorization AuthFailure.InvalidSecretId AuthFailure.MFAFailure
            AuthFailure.SecretIdNotFound AuthFailure.SignatureExpire AuthFailure.SignatureFailure
            AuthFailure.TokenFailure AuthFailure.UnauthorizedOperation DryRunOperation FailedOperation
            InternalError InvalidAction InvalidParameter InvalidParameterValue InvalidRequest IpInBlacklist
            IpNotInWhitelist LimitExceeded MissingParameter NoSuchProduct NoSuchVersion RequestLimitExceeded
            RequestLimitExceeded.GlobalRegionUinLimitExceeded RequestLimitExceeded.IPLimitExceeded
            RequestLimitExceeded.UinLimitExceeded RequestSizeLimitExceeded ResourceInUse ResourceInsufficient
            ResourceNotFound ResourceUnavailable ResponseSizeLimitExceeded ServiceUnavailable
            UnauthorizedOperation UnknownParameter UnsupportedOperation UnsupportedProtocol UnsupportedRegion
        """.split()
        for code in documented:
            assert code in COMMON_ERRORS, code
            assert COMMON_ERRORS[code].code == code

    def test_hierarchy_follows_dots(self) -> None:
        for code, cls in COMMON_ERRORS.items():
            assert issubclass(cls, APIError)
            if "." in code:
                parent = COMMON_ERRORS[code.rsplit(".", 1)[0]]
                assert issubclass(cls, parent) and cls is not parent, code

    def test_names_are_exported(self) -> None:
        for cls in COMMON_ERRORS.values():
            assert getattr(errors, cls.__name__) is cls
            assert cls.__name__ in errors.__all__


class TestAPIError:
    def test_attributes_and_str(self) -> None:
        error = InvalidParameterValueClipDuration(
            "clip too long", request_id="ed93f3cb-f35e", action="LiveRealTimeClip"
        )
        assert error.code == "InvalidParameterValue.ClipDuration"
        assert error.message == "clip too long"
        assert error.request_id == "ed93f3cb-f35e"
        assert error.action == "LiveRealTimeClip"
        assert str(error) == (
            "[InvalidParameterValue.ClipDuration] clip too long (RequestId=ed93f3cb-f35e, Action=LiveRealTimeClip)"
        )
        assert isinstance(error, InvalidParameterValue) and isinstance(error, TencentCloudError)

    def test_instance_code_overrides_class_code(self) -> None:
        error = InvalidParameterValue("x", code="InvalidParameterValue.Unknown")
        assert error.code == "InvalidParameterValue.Unknown"
        assert InvalidParameterValue.code == "InvalidParameterValue"
        assert str(APIError("m", code="A.B")) == "[A.B] m"

    @pytest.mark.parametrize(
        "error",
        [
            InvalidParameterValueClipDuration("m", request_id="r", action="A"),
            NetworkError("refused", request_sent=False, action="A", url="https://x/"),
            RequestTimeoutError("read timeout", phase="read", request_sent=True, timeout=1.5, action="A"),
            ServerError(502, body="bad gateway", request_id="r", action="A"),
            InvalidResponseError("body is not JSON", body="<html>", action="A"),
            ValidationError([Problem("A.B", "is required")], action="A"),
            RegionError("xx", {"ap-a", "ap-b"}, service="live"),
            CredentialError("none"),
        ],
        ids=lambda e: type(e).__name__,
    )
    def test_pickle_round_trip(self, error: TencentCloudError) -> None:
        error.attempts = 3
        clone = pickle.loads(pickle.dumps(error))
        assert type(clone) is type(error)
        assert str(clone) == str(error)
        assert clone.__dict__ == error.__dict__
        assert clone.attempts == 3


class TestTransportErrors:
    def test_network_error(self) -> None:
        error = NetworkError("connection failed: refused", request_sent=False, action="A", url="https://h/")
        assert not error.request_sent
        assert "before the request was sent" in str(error)
        assert "calling A" in str(error)

    def test_timeout_is_a_network_error_with_a_phase(self) -> None:
        error = RequestTimeoutError("read timeout after 2s", phase="read", request_sent=True, timeout=2.0)
        assert isinstance(error, NetworkError)
        assert error.phase == "read" and error.timeout == 2.0 and error.request_sent
        assert "after the request was sent" in str(error)

    def test_server_error(self) -> None:
        error = ServerError(503, body="upstream down", action="A")
        assert error.status_code == 503
        assert str(error) == "HTTP 503 for A: upstream down"

    def test_invalid_response(self) -> None:
        error = InvalidResponseError("body is not JSON", body="<html>", action="A")
        assert "body is not JSON" in str(error) and "<html>" in str(error)

    def test_classes_are_distinct(self) -> None:
        classes = [NetworkError, ServerError, InvalidResponseError, ValidationError, CredentialError, RegionError]
        for a in classes:
            for b in classes:
                if a is not b:
                    assert not issubclass(a, b)
            assert not issubclass(a, APIError)


class TestValidation:
    def test_problem_is_an_immutable_value(self) -> None:
        problem = Problem("Filters[0].Name", "is required")
        assert problem == Problem("Filters[0].Name", "is required")
        assert problem != Problem("Filters[0].Name", "other")
        assert hash(problem) == hash(Problem("Filters[0].Name", "is required"))
        assert repr(problem) == "Problem(path='Filters[0].Name', message='is required')"
        with pytest.raises(AttributeError):
            problem.path = "x"  # type: ignore[misc]
        match problem:
            case Problem(path, message):
                assert (path, message) == ("Filters[0].Name", "is required")

    def test_validation_error_lists_every_problem(self) -> None:
        problems = [Problem("StreamName", "is required"), Problem("Filters[0].Name", "must be a string")]
        error = ValidationError(problems, action="DescribeX")
        assert error.problems == problems
        text = str(error)
        assert "2 problems" in text and "DescribeX" in text
        assert "  - StreamName: is required" in text
        assert "  - Filters[0].Name: must be a string" in text
        assert isinstance(error, ValueError)

    def test_region_error_lists_valid_regions(self) -> None:
        error = RegionError("ap-nowhere", {"ap-guangzhou", "ap-beijing"}, service="live")
        assert str(error) == "unknown region 'ap-nowhere' for service 'live'; valid regions: ap-beijing, ap-guangzhou"


class TestUnset:
    def test_singleton_falsy_repr(self) -> None:
        assert Unset() is UNSET
        assert not UNSET
        assert repr(UNSET) == "UNSET" and str(UNSET) == "UNSET"
        assert UNSET is not None and UNSET != None  # noqa: E711

    def test_copy_and_pickle_keep_identity(self) -> None:
        assert copy.copy(UNSET) is UNSET
        assert copy.deepcopy({"a": [UNSET]})["a"][0] is UNSET
        for protocol in range(pickle.HIGHEST_PROTOCOL + 1):
            assert pickle.loads(pickle.dumps(UNSET, protocol)) is UNSET

    def test_isinstance_narrowing(self) -> None:
        value: str | Unset = UNSET
        assert isinstance(value, Unset)


class TestLazyPackage:
    def test_lazy_names_resolve(self) -> None:
        assert tcapi.runtime.TencentCloudError is TencentCloudError
        assert tcapi.runtime.RetryPolicy.__name__ == "RetryPolicy"
        assert "BaseClient" in dir(tcapi.runtime)
        with pytest.raises(AttributeError):
            tcapi.runtime.DoesNotExist  # noqa: B018

    def test_import_loads_nothing_heavy(self, tmp_path: Path) -> None:
        # A cold interpreter without site-packages side effects: the runtime package, its errors and its
        # client module must not pull in httpx, asyncio, logging, json, typing or dataclasses.
        source = Path(tcapi.runtime.__file__).parent
        package = tmp_path / "tcapi"
        shutil.copytree(source, package / "runtime", ignore=shutil.ignore_patterns("__pycache__"))
        (package / "__init__.py").write_text("")
        subprocess.run([sys.executable, "-m", "compileall", "-q", str(package)], check=True, capture_output=True)
        script = textwrap.dedent(f"""
            import sys
            sys.path.insert(0, {str(tmp_path)!r})
            import tcapi.runtime, tcapi.runtime.errors, tcapi.runtime.client
            heavy = [m for m in ("httpx", "asyncio", "logging", "json", "typing", "dataclasses", "ssl", "hashlib")
                     if m in sys.modules]
            print(",".join(heavy) or "-")
            """)
        env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
        # the time it takes is measured by benchmarks/bench_regenerate.py, not asserted here
        heavy = subprocess.run(
            [sys.executable, "-S", "-c", script], check=True, capture_output=True, text=True, env=env
        ).stdout.strip()
        assert heavy == "-", f"importing the runtime loaded {heavy}"
