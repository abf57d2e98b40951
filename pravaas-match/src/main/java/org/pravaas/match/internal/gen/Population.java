package org.pravaas.match.internal.gen;

import java.io.IOException;
import java.io.Writer;
import java.util.SplittableRandom;

/** Draws people and writes their records: about 30% of people get one to three duplicates. */
public final class Population {
    private final SplittableRandom random;
    private final NameTable names = NameTable.load();
    private final RecordRenderer renderer = new RecordRenderer(names);

    public Population(SplittableRandom random) {
        this.random = random;
    }

    public long write(int count, Writer out) throws IOException {
        StringBuilder line = new StringBuilder(128);
        int written = 0;
        long entity = 0;
        while (written < count) {
            Person p = Person.draw(names, entity, random);
            int copies = random.nextDouble() < 0.3 ? 2 + random.nextInt(3) : 1;
            for (int c = 0; c < copies && written < count; c++, written++) {
                line.setLength(0);
                line.append('p').append(written + 1).append(",e").append(entity);
                for (String field : renderer.render(p, c > 0, random))
                    line.append(',').append(csv(field));
                out.write(line.append('\n').toString());
            }
            entity++;
        }
        return entity;
    }

    private static String csv(String s) {
        return s.indexOf(',') >= 0 || s.indexOf('"') >= 0 ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }
}
