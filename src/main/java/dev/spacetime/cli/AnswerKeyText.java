package dev.spacetime.cli;

import dev.spacetime.exercise.Exercise;
import dev.spacetime.exercise.WorkedAnswer;
import java.util.List;

/** A worksheet's answer key in Markdown: for each exercise its question, its answer and the worked reasoning. */
final class AnswerKeyText {
    private AnswerKeyText() {
    }

    /**
     * @param pictures the key's picture file for each exercise (a name beside the key), or null for none
     * @param files    the exercise file of each exercise, for the app to open
     */
    static String of(String heading, List<Exercise> exercises, List<String> pictures, List<String> files) {
        StringBuilder sb = new StringBuilder("# ").append(heading).append("\n");
        for (int k = 0; k < exercises.size(); k++) {
            Exercise ex = exercises.get(k);
            sb.append("\n## Exercise ").append(k + 1).append(": ").append(ex.title()).append("\n\n");
            sb.append("**Question.** ").append(ex.questionText()).append("\n\n");
            sb.append("**Answer.** ").append(WorkedAnswer.headline(ex)).append("\n\n");
            if (pictures != null) {
                sb.append("![Exercise ").append(k + 1).append(" answered](").append(pictures.get(k)).append(")\n\n");
            }
            sb.append("**Worked reasoning.**\n\n");
            for (String line : WorkedAnswer.lines(ex)) {
                sb.append("- ").append(line).append('\n');
            }
            sb.append("\nExercise file for the app: `").append(files.get(k)).append("`\n");
        }
        return sb.toString();
    }
}
