/*
 * Síť podpory: "Ověřte si" self-tests at the end of a chapter.
 *
 * The questions are written in Markdown as data (see docs/manual/role.md):
 *
 *   <div class="sp-selftest" markdown>
 *   1. Question?
 *       - wrong answer
 *       - right answer
 *         { .sp-correct }
 *       Explanation paragraph(s).
 *   </div>
 *
 * Without JavaScript and in print the list reads as questions, answers and explanations.
 * With JavaScript each question becomes a native fieldset with radio buttons and a
 * "Zkontrolovat" button; the verdict and the explanation are announced by an aria-live region.
 * The list stays in the page for print; the widget is hidden in print. Nothing is stored or sent.
 */
(function () {
  "use strict";

  var counter = 0;

  function textOf(element) {
    return element.textContent.replace(/\s+/g, " ").trim();
  }

  function readQuestion(item) {
    var options = item.querySelector(":scope > ul, :scope > ol");
    if (!options) return null;
    var question = item.querySelector(":scope > p");
    var answers = Array.prototype.map.call(options.querySelectorAll(":scope > li"), function (li) {
      return { html: li.innerHTML, correct: li.classList.contains("sp-correct"), text: textOf(li) };
    });
    var explanation = [];
    var sibling = options.nextElementSibling;
    while (sibling) {
      explanation.push(sibling.cloneNode(true));
      sibling = sibling.nextElementSibling;
    }
    return { html: question ? question.innerHTML : "", answers: answers, explanation: explanation };
  }

  function buildQuestion(data, number, total) {
    counter += 1;
    var id = "sp-q-" + counter;
    var fieldset = document.createElement("fieldset");
    fieldset.className = "sp-q";
    var legend = document.createElement("legend");
    legend.innerHTML = '<span class="sp-q__number">Otázka ' + number + " z " + total + ":</span> " + data.html;
    fieldset.appendChild(legend);

    var list = document.createElement("div");
    list.className = "sp-q__answers";
    data.answers.forEach(function (answer, index) {
      var label = document.createElement("label");
      var input = document.createElement("input");
      input.type = "radio";
      input.name = id;
      input.value = String(index);
      label.appendChild(input);
      var span = document.createElement("span");
      span.innerHTML = answer.html;
      label.appendChild(span);
      list.appendChild(label);
    });
    fieldset.appendChild(list);

    var button = document.createElement("button");
    button.type = "button";
    button.className = "md-button sp-q__check";
    button.textContent = "Zkontrolovat";
    fieldset.appendChild(button);

    var result = document.createElement("div");
    result.className = "sp-q__result";
    result.setAttribute("aria-live", "polite");
    fieldset.appendChild(result);

    button.addEventListener("click", function () {
      var chosen = fieldset.querySelector("input:checked");
      result.textContent = "";
      result.removeAttribute("data-verdict");
      var verdict = document.createElement("p");
      verdict.className = "sp-q__verdict";
      if (!chosen) {
        verdict.textContent = "Nejdřív vyberte jednu z odpovědí.";
        result.appendChild(verdict);
        return;
      }
      var right = data.answers[Number(chosen.value)].correct;
      var correct = data.answers.filter(function (answer) { return answer.correct; })[0];
      verdict.textContent = right
        ? "Správně."
        : "Tohle není správná odpověď. Správně je: „" + (correct ? correct.text : "") + "“";
      result.setAttribute("data-verdict", right ? "right" : "wrong");
      result.appendChild(verdict);
      data.explanation.forEach(function (node) { result.appendChild(node.cloneNode(true)); });
    });
    return fieldset;
  }

  function enhance(container) {
    var list = container.querySelector(":scope > ol");
    if (!list) return;
    var items = Array.prototype.slice.call(list.querySelectorAll(":scope > li"));
    var questions = items.map(readQuestion).filter(Boolean);
    if (!questions.length) return;
    var widget = document.createElement("div");
    widget.className = "sp-selftest__widget";
    questions.forEach(function (data, index) {
      widget.appendChild(buildQuestion(data, index + 1, questions.length));
    });
    container.appendChild(widget);
    container.classList.add("sp-selftest--enhanced");
  }

  function start() {
    Array.prototype.forEach.call(document.querySelectorAll(".sp-selftest"), enhance);
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
