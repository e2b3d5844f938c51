"""A service version's spec as an OpenAPI 3.1 document.

Every action is a POST operation at its own path, `/#X-TC-Action=<Action>`: the fragment makes the paths distinct
(OpenAPI allows one operation per path and method) and no HTTP client sends it, so each request goes to `/` of
the service's host, as the API expects, with the action and version in the `X-TC-Action` and `X-TC-Version`
headers. `x-tc-action`/`x-tc-version` on each operation state that mapping for tools that read it.
"""

from __future__ import annotations

from typing import Any

from codegen.export.schemas import object_schema, structure_schema
from codegen.spec.jsonwrite import dumps_indented
from codegen.spec.model import Action, Example, ServiceSpec

OPENAPI_VERSION = "3.1.0"
SECURITY_SCHEME = "TC3-HMAC-SHA256"
DOMAIN_SUFFIX = ".tencentcloudapi.com"

_SIGNING = """\
Every request is signed with TC3-HMAC-SHA256 (Tencent Cloud API 3.0 signature v3); the header value cannot be a \
fixed key, so a client computes it per request:

1. CanonicalRequest = "POST\\n/\\n\\n" + "content-type:application/json\\nhost:<host>\\n" + "\\n" + \
"content-type;host" + "\\n" + hex(SHA256(body)). The query string is empty; any further signed header is listed \
the same way, sorted, lower-case.
2. StringToSign = "TC3-HMAC-SHA256\\n" + X-TC-Timestamp + "\\n" + CredentialScope + "\\n" + \
hex(SHA256(CanonicalRequest)), where CredentialScope = <UTC date of the timestamp, YYYY-MM-DD> + "/" + <service> + \
"/tc3_request".
3. The signing key is HMAC-SHA256 applied in turn: HMAC("TC3" + SecretKey, date), then the service name, then \
"tc3_request"; Signature = hex(HMAC(key, StringToSign)).
4. Authorization: TC3-HMAC-SHA256 Credential=<SecretId>/<CredentialScope>, SignedHeaders=content-type;host, \
Signature=<Signature>

The request must also carry X-TC-Timestamp (the Unix time used above; the server rejects it when more than five \
minutes off) and, with temporary credentials, X-TC-Token."""

_ENVELOPE = (
    'The API answers HTTP 200 with a JSON envelope {"Response": {...}}: the action\'s outputs and RequestId, or, '
    'when the call failed, {"Error": {"Code", "Message"}, "RequestId"}.'
)
_RESPONSE = _ENVELOPE + " The codes this action documents are in x-tc-errors; common codes can occur with any action."


def openapi_filename(service: str, version: str) -> str:
    return f"{service}-{version}.openapi.json"


def dump_openapi(spec: ServiceSpec) -> str:
    """The OpenAPI document as JSON text: fixed key order, UTF-8 characters as they are, trailing newline."""
    return dumps_indented(export_openapi(spec)) + "\n"


class _Names:
    """Component schema names: the spec's structures keep theirs; the request, response and error schemas this
    export adds take the next free name (`<Action>Request`, `<Action>Request2`, ...) if a structure holds it."""

    def __init__(self, spec: ServiceSpec) -> None:
        self.taken = set(spec.structures)

    def claim(self, wanted: str) -> str:
        name, n = wanted, 1
        while name in self.taken:
            n += 1
            name = f"{wanted}{n}"
        self.taken.add(name)
        return name


def _ref(name: str) -> str:
    return f"#/components/schemas/{name}"


def export_openapi(spec: ServiceSpec) -> dict[str, Any]:
    """One OpenAPI 3.1 document for the service version: an operation per action, the structures as components,
    the error codes and the signing scheme."""
    names = _Names(spec)
    bodies = {
        action: (names.claim(f"{action}Request"), names.claim(f"{action}Response")) for action in sorted(spec.actions)
    }
    error, error_response = names.claim("Error"), names.claim("ErrorResponse")
    language = names.claim("Language")
    schemas: dict[str, Any] = {
        name: structure_schema(structure, spec, _ref) for name, structure in spec.structures.items()
    }
    paths: dict[str, Any] = {}
    for action_name, (request, response) in bodies.items():
        action = spec.actions[action_name]
        schemas[request] = object_schema(action.input, spec, _ref, description=f"The inputs of {action_name}.")
        # every API 3.0 response carries RequestId; an API 2.0 interface's outputs do not list it
        schemas[response] = object_schema(
            action.output, spec, _ref, description=f"The outputs of {action_name}.", required=("RequestId",)
        )
        paths[f"/#X-TC-Action={action_name}"] = {"post": _operation(spec, action, request, response, error_response)}
    schemas[error] = {
        "type": "object",
        "description": "Why a call failed: an error code and a message.",
        "properties": {
            "Code": {"type": "string", "description": "The error code, e.g. InvalidParameterValue."},
            "Message": {"type": "string", "description": "What went wrong."},
        },
        "required": ["Code", "Message"],
    }
    schemas[error_response] = {
        "type": "object",
        "description": "The Response member of a failed call.",
        "properties": {
            "Error": {"$ref": _ref(error)},
            "RequestId": {"type": "string", "description": "The unique ID of the request."},
        },
        "required": ["Error", "RequestId"],
    }
    # a shared schema, so that generators make one enum of it rather than one per operation
    schemas[language] = {"type": "string", "enum": ["en-US", "zh-CN"]}
    return {
        "openapi": OPENAPI_VERSION,
        "info": _info(spec),
        "servers": _servers(spec),
        "security": [{SECURITY_SCHEME: []}],
        "tags": [{"name": spec.service, "description": f"The {spec.service} API, version {spec.version}."}],
        "paths": paths,
        "components": {
            "schemas": {name: schemas[name] for name in sorted(schemas)},
            "parameters": _common_parameters(spec, language),
            "securitySchemes": {
                SECURITY_SCHEME: {
                    "type": "apiKey",
                    "in": "header",
                    "name": "Authorization",
                    "description": _SIGNING,
                    "x-tc-signature-method": SECURITY_SCHEME,
                }
            },
        },
        "x-tc-service": spec.service,
        "x-tc-version": spec.version,
        "x-tc-error-codes": {code: spec.errors[code].description for code in sorted(spec.errors)},
        "x-tc-sources": sorted(set(spec.sources)),
    }


def _info(spec: ServiceSpec) -> dict[str, Any]:
    return {
        "title": f"Tencent Cloud {spec.service} API",
        "version": spec.version,
        "description": (
            f"Tencent Cloud API 3.0, service {spec.service}, version {spec.version}, as its documentation states it "
            "(descriptions in the documents' language). Every action is a POST of a JSON body to / of the service's "
            "host, the action named in the X-TC-Action header and the version in X-TC-Version; the operation paths "
            "differ only by a URL fragment, which clients do not send. "
            + _ENVELOPE
            + " x-tc-rate-limit is an action's documented limit in requests per second; x-tc-source names the"
            " document and line an action was read from."
        ),
    }


def _host(spec: ServiceSpec) -> str:
    return spec.endpoint or f"{spec.service}{DOMAIN_SUFFIX}"


def _servers(spec: ServiceSpec) -> list[dict[str, Any]]:
    host = _host(spec)
    prefix = host[: -len(DOMAIN_SUFFIX)] if host.endswith(DOMAIN_SUFFIX) else spec.service
    region: dict[str, Any] = {"default": "ap-guangzhou", "description": "A region ID such as ap-guangzhou."}
    if spec.regions:
        region["enum"] = sorted({r.name for r in spec.regions})
        region["default"] = region["default"] if region["default"] in region["enum"] else region["enum"][0]
    return [
        {"url": f"https://{host}", "description": "The nearest access point."},
        {
            "url": f"https://{prefix}.{{region}}{DOMAIN_SUFFIX}",
            "description": "The access point of one region.",
            "variables": {"region": region},
        },
        {"url": f"https://{prefix}.intl{DOMAIN_SUFFIX}", "description": "The international access point."},
    ]


def _common_parameters(spec: ServiceSpec, language: str) -> dict[str, Any]:
    return {
        "Language": {
            "name": "X-TC-Language",
            "in": "header",
            "required": False,
            "description": "The language of error messages and some outputs.",
            "schema": {"$ref": _ref(language)},
        },
        "Region": {
            "name": "X-TC-Region",
            "in": "header",
            "required": False,
            "description": "The region of the resources; actions that do not need one ignore it.",
            "schema": {"type": "string"},
        },
        "Version": {
            "name": "X-TC-Version",
            "in": "header",
            "required": True,
            "description": "The API version; this document describes only this one.",
            "schema": {"type": "string", "enum": [spec.version], "default": spec.version},
        },
    }


def _operation(spec: ServiceSpec, action: Action, request: str, response: str, error_response: str) -> dict[str, Any]:
    operation: dict[str, Any] = {"operationId": action.name, "tags": [spec.service]}
    if action.description:
        operation["description"] = action.description
    if action.legacy is not None:
        operation["deprecated"] = True
    operation["parameters"] = [
        {
            "name": "X-TC-Action",
            "in": "header",
            "required": True,
            "description": "The action to call; its only value is this operation's action.",
            "schema": {"type": "string", "enum": [action.name], "default": action.name},
        },
        {"$ref": "#/components/parameters/Version"},
        {"$ref": "#/components/parameters/Region"},
        {"$ref": "#/components/parameters/Language"},
    ]
    requests, responses = _examples(action.examples)
    request_media: dict[str, Any] = {"schema": {"$ref": _ref(request)}}
    if requests:
        request_media["examples"] = requests
    operation["requestBody"] = {"required": True, "content": {"application/json": request_media}}
    envelope = {
        "type": "object",
        "properties": {"Response": {"anyOf": [{"$ref": _ref(error_response)}, {"$ref": _ref(response)}]}},
        "required": ["Response"],
    }
    response_media: dict[str, Any] = {"schema": envelope}
    if responses:
        response_media["examples"] = responses
    operation["responses"] = {"200": {"description": _RESPONSE, "content": {"application/json": response_media}}}
    operation["x-tc-action"] = action.name
    operation["x-tc-version"] = spec.version
    if action.rate_limit is not None:
        operation["x-tc-rate-limit"] = action.rate_limit
    operation["x-tc-errors"] = [
        {"code": code, "description": spec.errors[code].description if code in spec.errors else ""}
        for code in sorted(set(action.errors))
    ]
    operation["x-tc-source"] = {"file": action.source.file, "line": action.source.line}
    if action.legacy is not None:
        operation["x-tc-legacy"] = {"replacement": action.legacy.replacement, "note": action.legacy.note}
    return operation


def _examples(examples: list[Example]) -> tuple[dict[str, Any], dict[str, Any]]:
    """The documented examples as OpenAPI Example Objects for the request and the response, paired by key. An
    example whose JSON could not be read keeps its text in `x-tc-text` and says why in its description."""
    requests: dict[str, Any] = {}
    responses: dict[str, Any] = {}
    for i, example in enumerate(examples, 1):
        key = f"example{i}"
        for value, text, into in (
            (example.request, example.request_text, requests),
            (example.response, example.response_text, responses),
        ):
            entry: dict[str, Any] = {"summary": example.title} if example.title else {}
            if value is not None:
                entry["value"] = value
            elif text is not None:
                entry["description"] = " ".join(example.problems)
                entry["x-tc-text"] = text
            else:
                continue
            into[key] = entry
    return requests, responses
