"""A real MCP client (the `mcp` package from PyPI) for McpClientTests: starts `resolint mcp`, lists
its tools and calls each on a draft; prints what it got as one JSON object.

    python client.py RESOLINT_BINARY DRAFT SLIPPED_DRAFT
"""
import asyncio
import json
import sys

from mcp import ClientSession, StdioServerParameters
from mcp.client.stdio import stdio_client


def attr(o, *names):
    """The first of these attributes that o has (the package's 1.x names are camelCase, later ones snake_case)."""
    for name in names:
        if hasattr(o, name):
            return getattr(o, name)
    raise AttributeError(names[0])


def text_of(result):
    return {"isError": bool(attr(result, "is_error", "isError")),
            "text": "".join(c.text for c in result.content if c.type == "text")}


async def main(binary, draft, slipped):
    out = {}
    async with stdio_client(StdioServerParameters(command=binary, args=["mcp"])) as (read, write):
        async with ClientSession(read, write) as session:
            info = await session.initialize()
            out["server"] = attr(info, "server_info", "serverInfo").name
            tools = (await session.list_tools()).tools
            out["tools"] = {t.name: attr(t, "input_schema", "inputSchema") for t in tools}
            out["lint_path"] = text_of(await session.call_tool("lint", {"path": draft}))
            slipped_text = open(slipped, encoding="utf-8").read()
            out["lint_text"] = text_of(await session.call_tool("lint", {"text": slipped_text, "filename": "slipped.txt"}))
            out["fix"] = text_of(await session.call_tool("fix", {"text": slipped_text}))
            out["new"] = text_of(await session.call_tool("new", {
                "lang": "en", "session": "80", "committee": "3", "agenda-item": "68",
                "agenda-title": "Promotion and protection of the rights of children",
                "sponsors": ["Brazil", "Uruguay"], "title": "Rights of the child"}))
            out["rules"] = text_of(await session.call_tool("rules", {}))
            out["rule"] = text_of(await session.call_tool("rules", {"id": "operative.numbering"}))
            out["compare"] = text_of(await session.call_tool("compare", {"paths": [draft, slipped]}))
            out["bad"] = text_of(await session.call_tool("lint", {}))
    print(json.dumps(out))


asyncio.run(main(*sys.argv[1:4]))
