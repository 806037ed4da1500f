using System;
using System.Collections.Generic;
using System.Threading;

namespace SocialAutomation.Analyzers.Catalog
{
    /// <summary>Reads the catalog text format: <c>role symbol-id [option ...]</c>, <c>//</c> comments.</summary>
    internal static class CatalogParser
    {
        /// <summary>Longer lines are not catalog entries; refusing them bounds the work on hostile files.</summary>
        public const int MaxLineLength = 2048;

        /// <summary>Entries beyond this many in one compilation are refused with one diagnostic.</summary>
        public const int MaxEntries = 50_000;

        /// <summary>Problems beyond this many per file are summarised, so a binary file yields a few diagnostics, not thousands.</summary>
        public const int MaxProblemsPerFile = 20;

        public static void Parse(CatalogSource source, List<CatalogEntry> entries, List<CatalogProblem> problems, CancellationToken cancellationToken)
        {
            var lines = source.Text.Lines;
            var problemsInFile = 0;

            void Report(CatalogProblemKind kind, int line, string detail)
            {
                problemsInFile++;
                if (problemsInFile <= MaxProblemsPerFile)
                {
                    problems.Add(new CatalogProblem(kind, source, line, detail));
                }
            }

            for (var lineNumber = 0; lineNumber < lines.Count; lineNumber++)
            {
                if ((lineNumber & 1023) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                var span = lines[lineNumber].Span;
                if (span.Length > MaxLineLength)
                {
                    Report(CatalogProblemKind.MalformedLine, lineNumber, $"the line is {span.Length} characters long; entries are at most {MaxLineLength}");
                    continue;
                }

                var text = source.Text.ToString(span);
                var comment = text.IndexOf("//", StringComparison.Ordinal);
                if (comment >= 0)
                {
                    text = text.Substring(0, comment);
                }

                text = text.Trim();
                if (text.Length == 0)
                {
                    continue;
                }

                if (entries.Count >= MaxEntries)
                {
                    Report(CatalogProblemKind.TooLarge, lineNumber, $"more than {MaxEntries} entries; the rest of the catalog is ignored");
                    return;
                }

                if (TryParseLine(text, source, lineNumber, out var entry, out var kind, out var detail))
                {
                    entries.Add(entry!);
                }
                else
                {
                    Report(kind, lineNumber, detail!);
                }
            }

            if (problemsInFile > MaxProblemsPerFile)
            {
                problems.Add(new CatalogProblem(CatalogProblemKind.MalformedLine, source, lines.Count - 1,
                    $"{problemsInFile - MaxProblemsPerFile} more problems in this file are not listed"));
            }
        }

        private static bool TryParseLine(string text, CatalogSource source, int line, out CatalogEntry? entry, out CatalogProblemKind kind, out string? detail)
        {
            entry = null;
            kind = CatalogProblemKind.MalformedLine;
            detail = null;

            var parts = text.Split(new[] { ' ', '\t' }, StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length < 2)
            {
                detail = "expected 'role symbol-id [option ...]'";
                return false;
            }

            if (!SocialRoleNames.TryParse(parts[0], out var role))
            {
                kind = CatalogProblemKind.UnknownRole;
                detail = $"unknown role '{parts[0]}'";
                return false;
            }

            var symbolId = parts[1];
            if (!IsSymbolId(symbolId))
            {
                detail = $"'{symbolId}' is not a documentation comment id (M:, P:, E:, F: or T: followed by a name)";
                return false;
            }

            string? recipient = null, content = null, address = null, header = null, conditionParameter = null, conditionValue = null;
            var receiverRole = SocialRole.None;
            IntervalSpec? interval = null;
            for (var i = 2; i < parts.Length; i++)
            {
                var option = parts[i];
                var equals = option.IndexOf('=');
                if (equals <= 0 || equals == option.Length - 1)
                {
                    kind = CatalogProblemKind.UnknownOption;
                    detail = $"option '{option}' is not 'key=value'";
                    return false;
                }

                var key = option.Substring(0, equals);
                var value = option.Substring(equals + 1);
                if (key == "recipient")
                {
                    recipient = value;
                }
                else if (key == "content")
                {
                    content = value;
                }
                else if (key == "interval")
                {
                    if (!IntervalSpec.TryParse(value, out interval))
                    {
                        kind = CatalogProblemKind.UnknownOption;
                        detail = $"interval '{value}' is not a parameter name, a duration (15m, 30s, 1h, 1d, 500ms) or PARAM*DURATION";
                        return false;
                    }
                }
                else if (key == "address")
                {
                    address = value;
                }
                else if (key == "header")
                {
                    header = value;
                }
                else if (key == "receiver")
                {
                    if (!SocialRoleNames.TryParse(value, out receiverRole))
                    {
                        kind = CatalogProblemKind.UnknownRole;
                        detail = $"unknown role '{value}' in 'receiver='";
                        return false;
                    }
                }
                else if (key.StartsWith("if:", StringComparison.Ordinal) && key.Length > 3)
                {
                    if (value[0] == '!' && value != CatalogEntry.NotNullCondition)
                    {
                        kind = CatalogProblemKind.UnknownOption;
                        detail = $"condition '{option}' can only be negated as '{key}={CatalogEntry.NotNullCondition}'";
                        return false;
                    }

                    conditionParameter = key.Substring(3);
                    conditionValue = value;
                }
                else
                {
                    kind = CatalogProblemKind.UnknownOption;
                    detail = $"unknown option '{key}' (expected recipient=, content=, address=, header=, receiver=, interval= or if:PARAM=)";
                    return false;
                }
            }

            entry = new CatalogEntry(role, symbolId, recipient, content, conditionParameter, conditionValue, source, line, address, header, receiverRole, interval);
            return true;
        }

        private static bool IsSymbolId(string id)
        {
            if (id.Length < 3 || id[1] != ':')
            {
                return false;
            }

            switch (id[0])
            {
                case 'M':
                case 'P':
                case 'E':
                case 'F':
                case 'T':
                    break;
                default:
                    return false;
            }

            var c = id[2];
            return char.IsLetter(c) || c == '_';
        }
    }
}
