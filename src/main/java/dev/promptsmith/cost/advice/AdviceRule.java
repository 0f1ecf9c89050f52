package dev.promptsmith.cost.advice;

import java.util.List;

/** One kind of advice: reads the results and says what they call for, or nothing. */
public interface AdviceRule {

    List<Advice> advise(AdviceContext context);
}
