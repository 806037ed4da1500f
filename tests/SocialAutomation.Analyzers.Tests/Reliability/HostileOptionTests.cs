using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using SocialAutomation.Analyzers.Infrastructure;
using SocialAutomation.Analyzers.Rules;
using Xunit;

namespace SocialAutomation.Analyzers.Tests.Reliability
{
    /// <summary>
    /// Whatever a user writes for a <c>social_automation.*</c> option, every rule keeps working with the default and
    /// SMA904 says the value was not understood. Covers every option of <see cref="RuleOptions"/>, present and future.
    /// </summary>
    public class HostileOptionTests
    {
        public static readonly TheoryData<string> HostileValues = new TheoryData<string>
        {
            "deep",
            "-1",
            "2147483648",
            "99999999999999999999",
            "3.5",
            "0x10",
            "1e3",
            "٣",
            "true false",
            "\u0001\u0002",
            new string('9', 100_000),
        };

        [Fact]
        public void Every_option_field_is_validated_by_SMA904()
        {
            var declared = typeof(RuleOptions).GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)
                .Where(f => f.FieldType.Name.EndsWith("Option", StringComparison.Ordinal) || typeof(IRuleOption).IsAssignableFrom(f.FieldType))
                .ToList();

            Assert.Contains(declared, f => f.Name == nameof(RuleOptions.MaxCallDepth));
            Assert.All(declared, field =>
            {
                Assert.True(typeof(IRuleOption).IsAssignableFrom(field.FieldType), $"{field.FieldType.Name} ({field.Name}) does not implement IRuleOption, so SMA904 cannot validate it");
                Assert.Contains((IRuleOption)field.GetValue(null)!, RuleOptions.All);
            });
            Assert.Equal(declared.Count, RuleOptions.All.Count);
            Assert.Equal(RuleOptions.All.Count, RuleOptions.All.Select(o => o.Key).Distinct().Count());
            Assert.All(RuleOptions.All, o => Assert.StartsWith(RuleOptions.Prefix, o.Key));
            Assert.All(RuleOptions.All, o => Assert.True(o.IsValid(o.DefaultText), $"{o.Key}: its default '{o.DefaultText}' is not a valid value"));
        }

        [Theory]
        [MemberData(nameof(HostileValues))]
        public async Task A_hostile_value_falls_back_to_the_default_with_SMA904(string value)
        {
            var programs = await FlaggedPrograms.Value;
            foreach (var option in RuleOptions.All)
            {
                foreach (var (program, expected) in programs)
                {
                    var document = ProjectFactory.Create(program.Source.Text, program.Document.Project.MetadataReferences.ToImmutableArray(), editorConfig: $"root = true\n[*]\n{option.Key} = {value}\n");

                    var result = await RuleRunner.AnalyzeAsync(document);

                    Assert.Empty(result.Failures);
                    var invalid = result.Diagnostics.Where(d => d.Id == RuleIdentifiers.InvalidOptionValue).ToList();
                    if (option.IsValid(value))
                    {
                        Assert.Empty(invalid);
                        continue;
                    }

                    var reported = Assert.Single(invalid);
                    Assert.Contains(option.Key, reported.GetMessage(), StringComparison.Ordinal);
                    Assert.Contains($"the default {option.DefaultText} is used", reported.GetMessage(), StringComparison.Ordinal);
                    Assert.True(reported.GetMessage().Length < 400);

                    // Falling back to the default means reporting exactly what a project without the option gets.
                    var rest = RuleRunner.Describe(result.Diagnostics.Remove(reported));
                    Assert.True(expected.SequenceEqual(rest),
                        $"{program.Source} with {option.Key} = {value}:{Environment.NewLine}expected{Environment.NewLine}{string.Join(Environment.NewLine, expected)}{Environment.NewLine}actual{Environment.NewLine}{string.Join(Environment.NewLine, rest)}");
                }
            }
        }

        /// <summary>A few test programs that the rules flag, with what they report under default options.</summary>
        private static readonly Lazy<Task<List<(AnalysedProgram Program, ImmutableArray<string> Expected)>>> FlaggedPrograms = new(FindFlaggedProgramsAsync);

        private static async Task<List<(AnalysedProgram Program, ImmutableArray<string> Expected)>> FindFlaggedProgramsAsync()
        {
            var programs = (await AnalysedCorpus.AllAsync())
                .Where(p => !p.Analysis.Diagnostics.IsEmpty && p.Analysis.Failures.IsEmpty)
                .Take(3)
                .Select(p => (p, RuleRunner.Describe(p.Analysis.Diagnostics)))
                .ToList();
            Assert.NotEmpty(programs);
            return programs;
        }
    }
}
