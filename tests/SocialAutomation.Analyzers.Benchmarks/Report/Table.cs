using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace SocialAutomation.Analyzers.Benchmarks.Report
{
    /// <summary>A Markdown table, so the output pastes into the README as it is.</summary>
    internal sealed class Table
    {
        private readonly string[] _headers;
        private readonly bool[] _rightAligned;
        private readonly List<string[]> _rows = new List<string[]>();

        public Table(params string[] headers)
        {
            _headers = headers.Select(h => h.TrimStart('>')).ToArray();
            _rightAligned = headers.Select(h => h.StartsWith('>')).ToArray();
        }

        public void Add(params string[] cells) => _rows.Add(cells);

        public override string ToString()
        {
            var widths = _headers.Select((h, i) => Math.Max(h.Length, _rows.Count == 0 ? 0 : _rows.Max(r => r[i].Length))).ToArray();
            var text = new StringBuilder();
            Line(text, _headers, widths);
            text.Append('|');
            for (var i = 0; i < widths.Length; i++)
            {
                text.Append(' ').Append(new string('-', Math.Max(3, widths[i]) - (_rightAligned[i] ? 1 : 0))).Append(_rightAligned[i] ? ": |" : " |");
            }

            text.AppendLine();
            foreach (var row in _rows)
            {
                Line(text, row, widths);
            }

            return text.ToString();
        }

        private void Line(StringBuilder text, string[] cells, int[] widths)
        {
            text.Append('|');
            for (var i = 0; i < cells.Length; i++)
            {
                var cell = _rightAligned[i] ? cells[i].PadLeft(Math.Max(3, widths[i])) : cells[i].PadRight(Math.Max(3, widths[i]));
                text.Append(' ').Append(cell).Append(" |");
            }

            text.AppendLine();
        }
    }
}
