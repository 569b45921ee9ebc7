fn main() {
    jianggao_app::run();
}
