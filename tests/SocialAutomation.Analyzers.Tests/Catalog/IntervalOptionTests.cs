using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis.Text;
using SocialAutomation.Analyzers.Catalog;
using Xunit;

namespace SocialAutomation.Analyzers.Tests.Catalog
{
    /// <summary>The <c>interval=</c> option of <c>schedule</c> and <c>pace</c> entries.</summary>
    public class IntervalOptionTests
    {
        [Theory]
        [InlineData("cronExpression", "Argument", 0)]
        [InlineData("seconds*1s", "ArgumentCount", 1)]
        [InlineData("interval*1m", "ArgumentCount", 60)]
        [InlineData("15m", "Fixed", 900)]
        [InlineData("1d", "Fixed", 86400)]
        public void Parses(string text, string kind, int seconds)
        {
            Assert.True(IntervalSpec.TryParse(text, out var spec));
            Assert.Equal(kind, spec!.Kind.ToString());
            Assert.Equal(TimeSpan.FromSeconds(seconds), spec.Duration);
        }

        [Theory]
        [InlineData("")]
        [InlineData("5x")]
        [InlineData("0m")]
        [InlineData("seconds*")]
        [InlineData("*1s")]
        [InlineData("a-b")]
        public void RejectsMalformedValues(string text)
        {
            Assert.False(IntervalSpec.TryParse(text, out _));
        }

        [Fact]
        public void MalformedValue_IsAProblemAtItsLine()
        {
            var source = new CatalogSource("/SocialApis.txt", SourceText.From("schedule M:MyBot.Every.Minute interval=1m\nschedule M:MyBot.Every.Minutes interval=5x\n"), isUserCatalog: true);
            var entries = new List<CatalogEntry>();
            var problems = new List<CatalogProblem>();

            CatalogParser.Parse(source, entries, problems, CancellationToken.None);

            Assert.Single(entries);
            Assert.Equal(TimeSpan.FromMinutes(1), entries[0].Interval!.Duration);
            var problem = Assert.Single(problems);
            Assert.Equal(CatalogProblemKind.UnknownOption, problem.Kind);
            Assert.Equal(1, problem.Line);
            Assert.Contains("5x", problem.Detail);
        }
    }
}
