using BriefBuilder.Validation.Names;
using CsCheck;

namespace BriefBuilder.Tests.Validation.Names;

public sealed class NameKeyTests
{
    [Theory]
    [InlineData("Dunja Mijatović", "dunja mijatovic")]
    [InlineData("  MIJATOVIC,  Dunja ", "mijatovic dunja")]
    [InlineData("Đurić", "duric")]
    [InlineData("Łukasz Wałęsa", "lukasz walesa")]
    [InlineData("Søren Kierkegaard", "soren kierkegaard")]
    [InlineData("Straße", "strasse")]
    [InlineData("Müller-Lüdenscheidt", "muller ludenscheidt")]
    [InlineData("Արամ Հակոբյան", "արամ հակոբյան")]
    public void Keys_keep_base_letters_in_lower_case_with_single_spaces(string name, string key)
    {
        Assert.Equal(key, NameKey.Of(name));
    }

    [Fact]
    public void A_key_is_its_own_key()
    {
        Gen.String.Sample(name => NameKey.Of(NameKey.Of(name)) == NameKey.Of(name));
    }

    [Fact]
    public void Half_a_character_is_no_letter_and_no_failure()
    {
        Assert.Equal("jana novak", NameKey.Of("Jana " + (char)0xD800 + "Novak"));
    }
}
