using System;
using System.Collections.Concurrent;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;

namespace SocialAutomation.Analyzers.Lsp.Tests.Infrastructure
{
    /// <summary>
    /// JSON-RPC 2.0 over a pair of streams with LSP's Content-Length framing: requests with ids, notifications,
    /// and answers to the requests the server sends back (workspace/configuration and the like).
    /// </summary>
    internal sealed class JsonRpcConnection
    {
        private readonly Stream incoming;
        private readonly Stream outgoing;
        private readonly TrafficLog log;
        private readonly Func<string, JsonElement, JsonNode?> answerServerRequest;
        private readonly ConcurrentDictionary<int, PendingRequest> pending = new ConcurrentDictionary<int, PendingRequest>();
        private readonly SemaphoreSlim writeLock = new SemaphoreSlim(1, 1);
        private int lastId;
        private volatile bool closed;

        public JsonRpcConnection(Stream incoming, Stream outgoing, TrafficLog log, Func<string, JsonElement, JsonNode?> answerServerRequest)
        {
            this.incoming = incoming;
            this.outgoing = outgoing;
            this.log = log;
            this.answerServerRequest = answerServerRequest;
        }

        public void StartListening() => _ = Task.Run(ReadLoopAsync);

        public async Task<JsonElement> RequestAsync(string method, JsonNode? parameters, TimeSpan timeout)
        {
            var id = Interlocked.Increment(ref lastId);
            var request = new PendingRequest(method);
            pending[id] = request;
            if (closed)
            {
                pending.TryRemove(id, out _);
                throw new IOException($"csharp-ls has closed its output; cannot send '{method}'.");
            }

            try
            {
                await WriteAsync(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id, ["method"] = method, ["params"] = parameters }).ConfigureAwait(false);
                return await request.Answer.Task.WaitAsync(timeout).ConfigureAwait(false);
            }
            catch (TimeoutException)
            {
                throw new TimeoutException($"csharp-ls did not answer '{method}' (request {id}) within {timeout.TotalSeconds:0} s.");
            }
            finally
            {
                pending.TryRemove(id, out _);
            }
        }

        public Task NotifyAsync(string method, JsonNode? parameters) =>
            WriteAsync(new JsonObject { ["jsonrpc"] = "2.0", ["method"] = method, ["params"] = parameters });

        private async Task WriteAsync(JsonObject message)
        {
            var json = message.ToJsonString();
            var body = Encoding.UTF8.GetBytes(json);
            var header = Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n");
            log.Add("editor ->", json);
            await writeLock.WaitAsync().ConfigureAwait(false);
            try
            {
                await outgoing.WriteAsync(header).ConfigureAwait(false);
                await outgoing.WriteAsync(body).ConfigureAwait(false);
                await outgoing.FlushAsync().ConfigureAwait(false);
            }
            finally
            {
                writeLock.Release();
            }
        }

        private async Task ReadLoopAsync()
        {
            try
            {
                while (await ReadContentLengthAsync().ConfigureAwait(false) is int length)
                {
                    var body = new byte[length];
                    await incoming.ReadExactlyAsync(body).ConfigureAwait(false);
                    log.Add("server <-", Encoding.UTF8.GetString(body));
                    using var document = JsonDocument.Parse(body);
                    await DispatchAsync(document.RootElement.Clone()).ConfigureAwait(false);
                }
            }
            catch (Exception exception)
            {
                log.Add("editor !!", "reading from csharp-ls failed: " + exception);
            }
            finally
            {
                closed = true;
                foreach (var request in pending.Values)
                {
                    request.Answer.TrySetException(new IOException($"csharp-ls closed its output before answering '{request.Method}'."));
                }
            }
        }

        /// <summary>Reads one header block; null at the end of the stream.</summary>
        private async Task<int?> ReadContentLengthAsync()
        {
            int? length = null;
            var line = new StringBuilder();
            var one = new byte[1];
            while (true)
            {
                if (await incoming.ReadAsync(one).ConfigureAwait(false) == 0)
                {
                    return null;
                }

                if (one[0] != (byte)'\n')
                {
                    line.Append((char)one[0]);
                    continue;
                }

                var header = line.ToString().TrimEnd('\r');
                line.Clear();
                if (header.Length == 0)
                {
                    return length ?? throw new InvalidDataException("csharp-ls sent a message without Content-Length.");
                }

                var colon = header.IndexOf(':');
                if (colon > 0 && header.Substring(0, colon).Trim().Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
                {
                    length = int.Parse(header.Substring(colon + 1).Trim(), CultureInfo.InvariantCulture);
                }
            }
        }

        private async Task DispatchAsync(JsonElement message)
        {
            var hasMethod = message.TryGetProperty("method", out var method);
            var hasId = message.TryGetProperty("id", out var id);
            if (hasMethod && hasId)
            {
                var parameters = message.TryGetProperty("params", out var p) ? p : default;
                var result = answerServerRequest(method.GetString()!, parameters);
                await WriteAsync(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = JsonNode.Parse(id.GetRawText()), ["result"] = result }).ConfigureAwait(false);
            }
            else if (hasId && id.ValueKind == JsonValueKind.Number && pending.TryGetValue(id.GetInt32(), out var request))
            {
                if (message.TryGetProperty("error", out var error))
                {
                    request.Answer.TrySetException(new InvalidOperationException($"csharp-ls answered '{request.Method}' with an error: {error.GetRawText()}"));
                }
                else
                {
                    request.Answer.TrySetResult(message.TryGetProperty("result", out var result) ? result : default);
                }
            }

            // Notifications (logs, progress) are only recorded.
        }

        private sealed class PendingRequest
        {
            public PendingRequest(string method) => Method = method;

            public string Method { get; }

            public TaskCompletionSource<JsonElement> Answer { get; } = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        }
    }
}
