-- A minimal Neovim client for resolint's language server, run headless by NeovimClientTests: it opens
-- a draft, waits for resolint's diagnostics, asks for the code actions on the line of the first finding
-- of RESOLINT_RULE, applies that rule's quick fix and writes the file; what it saw goes to
-- RESOLINT_RESULT as JSON, with whether the finding went away once the server had the edit.
-- Only API that Neovim 0.7 (Debian 12's) has too: start_client, buf_attach_client, request_sync.
local bin, draft, out = os.getenv("RESOLINT_BIN"), os.getenv("RESOLINT_DRAFT"), os.getenv("RESOLINT_RESULT")
local result = { diagnostics = {}, actions = {} }
local function finish()
  local f = io.open(out, "w"); f:write(vim.fn.json_encode(result)); f:close()
  vim.cmd("qa!")
end
local ok, err = pcall(function()
  vim.o.fixendofline = false -- the file is compared byte for byte
  vim.cmd("edit " .. vim.fn.fnameescape(draft))
  local buf = vim.api.nvim_get_current_buf()
  local id = vim.lsp.start_client({ name = "resolint", cmd = { bin, "lsp" }, root_dir = vim.fn.fnamemodify(draft, ":h") })
  vim.lsp.buf_attach_client(buf, id)
  local client = vim.lsp.get_client_by_id(id)
  result.waited = vim.wait(30000, function() return #vim.diagnostic.get(buf) > 0 end, 50)
  result.encoding = client.offset_encoding
  local target
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    table.insert(result.diagnostics, { code = d.code, line = d.lnum, message = d.message, severity = d.severity })
    if d.code == os.getenv("RESOLINT_RULE") then target = d end
  end
  if not target then return end
  local params = { textDocument = { uri = vim.uri_from_bufnr(buf) },
                   range = { start = { line = target.lnum, character = 0 }, ["end"] = { line = target.lnum + 1, character = 0 } },
                   context = { diagnostics = {} } }
  local response = client.request_sync("textDocument/codeAction", params, 10000, buf)
  for _, action in ipairs((response and response.result) or {}) do
    table.insert(result.actions, action.title)
    if not result.applied and action.kind == "quickfix" and action.title:find(os.getenv("RESOLINT_RULE"), 1, true) then
      vim.lsp.util.apply_workspace_edit(action.edit, client.offset_encoding)
      result.applied = action.title
    end
  end
  -- The edit reaches the server as an incremental didChange; its new diagnostics lack the finding.
  result.cleared = vim.wait(30000, function()
    for _, d in ipairs(vim.diagnostic.get(buf)) do
      if d.code == os.getenv("RESOLINT_RULE") then return false end
    end
    return true
  end, 50)
  vim.cmd("write")
end)
if not ok then result.error = tostring(err) end
finish()
