package org.pravaas.match.internal.text;

import java.util.List;
import java.util.Map;

/**
 * Hangul romanisations: Revised Romanisation, McCune-Reischauer (ASCII, without breves) and the
 * surname spellings people actually use (Kim, Lee, Park, Choi…), which follow neither.
 */
final class Hangul {
    private static final String[] RR_INITIAL = {
        "g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h"
    };
    private static final String[] MR_INITIAL = {
        "k", "kk", "n", "t", "tt", "r", "m", "p", "pp", "s", "ss", "", "ch", "tch", "ch", "k", "t", "p", "h"
    };
    private static final String[] RR_VOWEL = {
        "a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi", "yu", "eu",
        "ui", "i"
    };
    private static final String[] MR_VOWEL = {
        "a", "ae", "ya", "yae", "o", "e", "yo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi", "yu", "u",
        "ui", "i"
    };
    private static final String[] FINAL = {
        "", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p", "t", "t", "ng",
        "t", "t", "k", "t", "p", "t"
    };

    /** Common surnames and their usual Latin spellings, most frequent first. */
    static final Map<Character, List<String>> SURNAMES = Map.ofEntries(
            Map.entry('김', List.of("kim", "gim")), Map.entry('이', List.of("lee", "yi", "rhee", "i")),
            Map.entry('박', List.of("park", "pak", "bak")), Map.entry('최', List.of("choi", "choe")),
            Map.entry('정', List.of("jung", "jeong", "chung")), Map.entry('강', List.of("kang", "gang")),
            Map.entry('조', List.of("cho", "jo")), Map.entry('윤', List.of("yoon", "yun")),
            Map.entry('장', List.of("jang", "chang")), Map.entry('임', List.of("lim", "im", "yim")),
            Map.entry('한', List.of("han")), Map.entry('오', List.of("oh", "o")),
            Map.entry('서', List.of("seo", "suh")), Map.entry('신', List.of("shin", "sin")),
            Map.entry('권', List.of("kwon", "gwon")), Map.entry('황', List.of("hwang")),
            Map.entry('안', List.of("ahn", "an")), Map.entry('송', List.of("song")),
            Map.entry('류', List.of("ryu", "yoo", "yu")), Map.entry('유', List.of("yoo", "yu")),
            Map.entry('홍', List.of("hong")), Map.entry('전', List.of("jeon", "chun", "jun")),
            Map.entry('고', List.of("ko", "go")), Map.entry('문', List.of("moon", "mun")),
            Map.entry('양', List.of("yang")), Map.entry('손', List.of("son", "sohn")),
            Map.entry('배', List.of("bae", "pae")), Map.entry('백', List.of("baek", "paik")),
            Map.entry('허', List.of("heo", "huh")), Map.entry('노', List.of("noh", "roh", "no")),
            Map.entry('남', List.of("nam")), Map.entry('심', List.of("shim", "sim")),
            Map.entry('하', List.of("ha")), Map.entry('곽', List.of("kwak")),
            Map.entry('성', List.of("sung", "seong")), Map.entry('차', List.of("cha")),
            Map.entry('주', List.of("joo", "ju", "chu")), Map.entry('우', List.of("woo", "u")),
            Map.entry('구', List.of("koo", "gu")), Map.entry('민', List.of("min")),
            Map.entry('나', List.of("na", "ra")), Map.entry('진', List.of("jin", "chin")),
            Map.entry('지', List.of("ji", "chi")), Map.entry('엄', List.of("eom", "um")),
            Map.entry('채', List.of("chae")), Map.entry('원', List.of("won")),
            Map.entry('천', List.of("cheon", "chun")), Map.entry('방', List.of("bang")),
            Map.entry('공', List.of("kong")), Map.entry('현', List.of("hyun", "hyeon")),
            Map.entry('함', List.of("ham")), Map.entry('변', List.of("byun", "byeon")),
            Map.entry('염', List.of("yeom", "yum")), Map.entry('여', List.of("yeo", "yuh")),
            Map.entry('추', List.of("choo", "chu")), Map.entry('도', List.of("do", "doh")),
            Map.entry('석', List.of("seok", "suk")), Map.entry('선', List.of("sun", "seon")),
            Map.entry('설', List.of("seol", "sul")), Map.entry('마', List.of("ma")),
            Map.entry('길', List.of("gil", "kil")), Map.entry('연', List.of("yeon", "yun")),
            Map.entry('표', List.of("pyo")), Map.entry('명', List.of("myung", "myeong")),
            Map.entry('기', List.of("ki", "gi")), Map.entry('반', List.of("ban", "pan")),
            Map.entry('왕', List.of("wang")), Map.entry('금', List.of("keum", "geum")),
            Map.entry('육', List.of("yook", "yuk")), Map.entry('인', List.of("in")),
            Map.entry('탁', List.of("tak")), Map.entry('국', List.of("kook", "guk")),
            Map.entry('은', List.of("eun")), Map.entry('편', List.of("pyun")),
            Map.entry('용', List.of("yong")), Map.entry('경', List.of("kyung", "gyeong")));

    private Hangul() {}

    static boolean isSyllable(char c) {
        return c >= 0xAC00 && c <= 0xD7A3;
    }

    static String revised(String word) {
        return romanise(word, RR_INITIAL, RR_VOWEL);
    }

    static String mccuneReischauer(String word) {
        return romanise(word, MR_INITIAL, MR_VOWEL);
    }

    private static String romanise(String word, String[] initials, String[] vowels) {
        StringBuilder out = new StringBuilder(word.length() * 3);
        int prevFinal = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (!isSyllable(c)) {
                out.append(IcuLatin.of(String.valueOf(c)));
                prevFinal = 0;
                continue;
            }
            int idx = c - 0xAC00;
            int lead = idx / 588;
            int fin = idx % 28;
            // ㄹㄹ is "ll"; a word-initial ㄹ is usually heard and written as r.
            out.append(lead == 5 && prevFinal == 8 ? "l" : initials[lead]);
            out.append(vowels[(idx % 588) / 28]);
            out.append(FINAL[fin]);
            prevFinal = fin;
        }
        return out.toString();
    }
}
