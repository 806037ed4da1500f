using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;

namespace SocialAutomation.Analyzers.Lsp.Tests.Infrastructure
{
    /// <summary>
    /// csharp-ls, started as the repository's local tool over stdio and driven the way an editor drives it:
    /// analyzers enabled, pull diagnostics, code actions with resolve, incremental text changes.
    /// </summary>
    public sealed class CSharpLanguageServer : IAsyncDisposable
    {
        private static readonly TimeSpan ShutdownTimeout = TimeSpan.FromSeconds(15);

        private readonly Process process;
        private readonly JsonRpcConnection connection;
        private readonly TimeSpan requestTimeout;

        private CSharpLanguageServer(Process process, TrafficLog log, TimeSpan requestTimeout)
        {
            this.process = process;
            this.requestTimeout = requestTimeout;
            connection = new JsonRpcConnection(process.StandardOutput.BaseStream, process.StandardInput.BaseStream, log, AnswerServerRequest);
        }

        public static async Task<CSharpLanguageServer> StartAsync(string workspaceDirectory, TrafficLog log, TimeSpan requestTimeout)
        {
            var start = DotnetCli.StartInfo(workspaceDirectory, "tool", "run", "csharp-ls", "--locale", "en-US");
            var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start 'dotnet tool run csharp-ls'.");
            process.ErrorDataReceived += (_, e) =>
            {
                if (e.Data != null)
                {
                    log.Add("stderr   ", e.Data);
                }
            };
            process.BeginErrorReadLine();

            var server = new CSharpLanguageServer(process, log, requestTimeout);
            server.connection.StartListening();
            try
            {
                await server.InitializeAsync(workspaceDirectory).ConfigureAwait(false);
            }
            catch
            {
                await server.DisposeAsync().ConfigureAwait(false);
                throw;
            }

            return server;
        }

        public Task OpenAsync(string uri, string text) =>
            connection.NotifyAsync("textDocument/didOpen", new JsonObject
            {
                ["textDocument"] = new JsonObject { ["uri"] = uri, ["languageId"] = "csharp", ["version"] = 1, ["text"] = text },
            });

        /// <summary>An incremental edit, as an editor sends it while someone types.</summary>
        public Task ChangeAsync(string uri, int version, Range range, string newText) =>
            connection.NotifyAsync("textDocument/didChange", new JsonObject
            {
                ["textDocument"] = new JsonObject { ["uri"] = uri, ["version"] = version },
                ["contentChanges"] = new JsonArray(new JsonObject { ["range"] = range.ToJson(), ["text"] = newText }),
            });

        /// <summary>textDocument/diagnostic: what the editor underlines in the document now.</summary>
        public async Task<IReadOnlyList<LspDiagnostic>> PullDiagnosticsAsync(string uri)
        {
            var report = await connection.RequestAsync("textDocument/diagnostic", new JsonObject
            {
                ["textDocument"] = new JsonObject { ["uri"] = uri },
            }, requestTimeout).ConfigureAwait(false);
            if (report.ValueKind != JsonValueKind.Object || report.GetProperty("kind").GetString() != "full")
            {
                throw new InvalidOperationException($"Expected a full diagnostic report, got {report.GetRawText()}");
            }

            return report.GetProperty("items").EnumerateArray().Select(LspDiagnostic.From).ToList();
        }

        /// <summary>textDocument/codeAction: the light bulb at a range, with the diagnostics the editor shows there.</summary>
        public async Task<IReadOnlyList<JsonElement>> CodeActionsAsync(string uri, Range range, IEnumerable<LspDiagnostic> diagnostics)
        {
            var answer = await connection.RequestAsync("textDocument/codeAction", new JsonObject
            {
                ["textDocument"] = new JsonObject { ["uri"] = uri },
                ["range"] = range.ToJson(),
                ["context"] = new JsonObject
                {
                    ["diagnostics"] = new JsonArray(diagnostics.Select(d => JsonNode.Parse(d.Json.GetRawText())).ToArray()),
                    ["triggerKind"] = 1,
                },
            }, requestTimeout).ConfigureAwait(false);
            return answer.ValueKind == JsonValueKind.Array ? answer.EnumerateArray().ToList() : new List<JsonElement>();
        }

        public Task<JsonElement> ResolveCodeActionAsync(JsonElement codeAction) =>
            connection.RequestAsync("codeAction/resolve", JsonNode.Parse(codeAction.GetRawText()), requestTimeout);

        public async ValueTask DisposeAsync()
        {
            try
            {
                if (!process.HasExited)
                {
                    await connection.RequestAsync("shutdown", null, ShutdownTimeout).ConfigureAwait(false);
                    await connection.NotifyAsync("exit", null).ConfigureAwait(false);
                    await process.WaitForExitAsync().WaitAsync(ShutdownTimeout).ConfigureAwait(false);
                }
            }
            catch (Exception)
            {
                // A server that does not stop politely is stopped below.
            }
            finally
            {
                if (!process.HasExited)
                {
                    process.Kill(entireProcessTree: true);
                }

                process.Dispose();
            }
        }

        private async Task InitializeAsync(string workspaceDirectory)
        {
            var rootUri = new Uri(workspaceDirectory + "/").AbsoluteUri.TrimEnd('/');
            await connection.RequestAsync("initialize", new JsonObject
            {
                ["processId"] = Environment.ProcessId,
                ["clientInfo"] = new JsonObject { ["name"] = "SocialAutomation.Analyzers.Lsp.Tests" },
                ["rootUri"] = rootUri,
                ["workspaceFolders"] = new JsonArray(new JsonObject { ["uri"] = rootUri, ["name"] = "WelcomeBot" }),
                ["initializationOptions"] = new JsonObject { ["csharp"] = Settings() },
                ["capabilities"] = new JsonObject
                {
                    ["workspace"] = new JsonObject { ["configuration"] = true, ["workspaceEdit"] = new JsonObject { ["documentChanges"] = true } },
                    ["textDocument"] = new JsonObject
                    {
                        ["synchronization"] = new JsonObject { ["dynamicRegistration"] = false },
                        ["diagnostic"] = new JsonObject { ["dynamicRegistration"] = false },
                        ["publishDiagnostics"] = new JsonObject(),
                        ["codeAction"] = new JsonObject
                        {
                            ["codeActionLiteralSupport"] = new JsonObject
                            {
                                ["codeActionKind"] = new JsonObject { ["valueSet"] = new JsonArray("quickfix", "refactor", "source") },
                            },
                            ["resolveSupport"] = new JsonObject { ["properties"] = new JsonArray("edit") },
                        },
                    },
                },
            }, requestTimeout).ConfigureAwait(false);
            await connection.NotifyAsync("initialized", new JsonObject()).ConfigureAwait(false);
        }

        private static JsonNode? AnswerServerRequest(string method, JsonElement parameters)
        {
            if (method == "workspace/configuration")
            {
                // One answer per asked section; csharp-ls asks for "csharp".
                return new JsonArray(parameters.GetProperty("items").EnumerateArray()
                    .Select(item => item.TryGetProperty("section", out var section) && section.GetString() == "csharp" ? Settings() : null)
                    .ToArray());
            }

            // client/registerCapability, window/workDoneProgress/create: accepted with a null result.
            return null;
        }

        private static JsonObject Settings() => new JsonObject { ["analyzersEnabled"] = true };
    }
}
