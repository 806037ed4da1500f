using System.Text.Json;
using System.Text.Json.Nodes;

namespace SocialAutomation.Analyzers.Lsp.Tests.Infrastructure
{
    /// <summary>Zero-based line and UTF-16 column, as LSP counts them.</summary>
    public sealed record Position(int Line, int Character)
    {
        public override string ToString() => $"{Line}:{Character}";
    }

    public sealed record Range(Position Start, Position End)
    {
        public JsonNode ToJson() => JsonSerializer.SerializeToNode(this, Protocol.Json)!;

        public override string ToString() => $"{Start}-{End}";
    }

    /// <summary>An LSP diagnostic, with the server's own JSON kept for code action requests.</summary>
    public sealed record LspDiagnostic(Range Range, int? Severity, string? Code, string Message, JsonElement Json)
    {
        public static LspDiagnostic From(JsonElement json)
        {
            var code = json.TryGetProperty("code", out var c) ? (c.ValueKind == JsonValueKind.String ? c.GetString() : c.GetRawText()) : null;
            var severity = json.TryGetProperty("severity", out var s) ? s.GetInt32() : (int?)null;
            return new LspDiagnostic(json.GetProperty("range").Deserialize<Range>(Protocol.Json)!, severity, code, json.GetProperty("message").GetString()!, json);
        }

        public override string ToString() => $"{Code} at {Range}: {Message}";
    }

    public static class Protocol
    {
        public static readonly JsonSerializerOptions Json = new JsonSerializerOptions(JsonSerializerDefaults.Web);

        /// <summary>LSP's DiagnosticSeverity.Warning.</summary>
        public const int Warning = 2;
    }
}
